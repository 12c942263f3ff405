; Inno Setup script for desk_app (Bộ phận Một cửa). Build on Windows after PyInstaller:
;   iscc packaging\desk_app.iss
; Installs per user (no administrator rights), adds a Start menu entry, and on uninstall
; removes the program only: the database and backups in %LOCALAPPDATA%\desk_app stay.
; Saved as UTF-8 with a BOM: Inno Setup before 6.3 reads a file without one as ANSI.

#define AppName "desk_app - Bộ phận Một cửa"
#define AppVersion "0.1.0"
#define AppExe "desk_app.exe"

[Setup]
AppId={{6B0E2F4C-4E4B-4C4B-9F2A-1D5E8A0C7D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=desk_app
DefaultDirName={localappdata}\Programs\desk_app
DefaultGroupName=desk_app
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\build\installer
OutputBaseFilename=desk_app-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
; Inno Setup ships no Vietnamese: its unofficial translation Vietnamese.isl (Inno Setup's
; "Translations" page) beside this script or in the compiler's Languages folder gives a
; Vietnamese wizard; without it the script still compiles, with an English wizard.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\build\dist\desk_app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Kiểm tra cài đặt (self-test)"; Filename: "{app}\{#AppExe}"; Parameters: "--self-test"
; No entry for desk-admin: it is for the administrator (who opens a console in the program
; folder) and for scheduled tasks, not a door at every counter clerk's Start menu.
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; The installed program proves itself before the first start.
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; StatusMsg: "Đang kiểm tra chương trình..."; Flags: waituntilterminated runhidden
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: uninstalling never deletes dossiers or backups.
