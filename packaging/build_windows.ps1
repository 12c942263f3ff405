# Build the Windows installer: PyInstaller bundle, its self-test, then Inno Setup.
# Run from the project folder in PowerShell, with Python 3.11+ and Inno Setup 6 installed:
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\pip install -q -e . "pyinstaller>=6.10"
.venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\desk_app.spec
$test = Start-Process -FilePath build\dist\desk_app\desk_app.exe -ArgumentList "--self-test" -Wait -PassThru
if ($test.ExitCode -ne 0) { throw "self-test of the bundle failed ($($test.ExitCode))" }
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc packaging\desk_app.iss
Write-Host "Installer: build\installer\desk_app-setup-0.1.0.exe"
