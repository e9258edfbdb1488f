; Inno Setup 6 script: the Windows installer for the one-folder bundle.
; packaging/build.py runs it on Windows when ISCC.exe is installed:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\sakura-desktop /DIconFile=build\packaging\icons\sakura.ico /Odist packaging\sakura-desktop.iss
; Installs per user by default (no administrator needed on a university laptop); the user may
; choose "for all users" instead. User data stays in %LOCALAPPDATA%\sakura-desktop and is never
; removed by the uninstaller (databases, backups and journals are the coordinator's records).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\sakura-desktop"
#endif
#ifndef IconFile
  #define IconFile "..\build\packaging\icons\sakura.ico"
#endif

[Setup]
AppId={{7E2B5C1A-4D0F-4B8E-9C61-5A6B2F3D8E90}
AppName=Sakura Desktop
AppVersion={#AppVersion}
AppPublisher=Sakura Desktop developers
DefaultDirName={autopf}\Sakura Desktop
DefaultGroupName=Sakura Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=sakura-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\sakura-desktop.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; Sign the installer and the uninstaller when a certificate is configured (see packaging/README.md):
; SignTool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /f $qcert.pfx$q /p $qpassword$q $f

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Sakura Desktop"; Filename: "{app}\sakura-desktop.exe"
Name: "{autodesktop}\Sakura Desktop"; Filename: "{app}\sakura-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sakura-desktop.exe"; Description: "{cm:LaunchProgram,Sakura Desktop}"; Flags: nowait postinstall skipifsilent
