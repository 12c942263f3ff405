# Build the Windows installer: PyInstaller bundle, its self-test, then Inno Setup.
# Run from the project folder in PowerShell, with Python 3.11+ and Inno Setup 6 installed:
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a script without one as ANSI, and
# the Vietnamese folder name below would be garbled.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\pip install -q -e . "pyinstaller>=6.10"
.venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\desk_app.spec
$test = Start-Process -FilePath build\dist\desk_app\desk_app.exe -ArgumentList "--self-test" -Wait -PassThru
if ($test.ExitCode -ne 0) { throw "self-test of the bundle failed ($($test.ExitCode))" }
# desk-admin beside it, in a folder named in Vietnamese (as an office's may be).
$data = Join-Path $env:TEMP "desk_app kiểm tra\Dữ liệu"
New-Item -ItemType Directory -Force -Path $data | Out-Null
$db = "sqlite:///" + (Join-Path $data "một cửa.sqlite3").Replace("\", "/")
& build\dist\desk_app\desk-admin.exe --db $db init
if ($LASTEXITCODE -ne 0) { throw "desk-admin init from the bundle failed ($LASTEXITCODE)" }
& build\dist\desk_app\desk-admin.exe --db $db check
if ($LASTEXITCODE -ne 0) { throw "desk-admin check from the bundle failed ($LASTEXITCODE)" }
Remove-Item -Recurse -Force (Split-Path $data)
if (-not (Test-Path build\dist\desk_app\_internal\docs\guide\huong-dan-su-dung.md)) { throw "the user guide is missing from the bundle" }
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc packaging\desk_app.iss
Write-Host "Installer: build\installer\desk_app-setup-0.1.0.exe"
