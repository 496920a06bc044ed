; Inno Setup 6 installer of CapLegal Desktop (Windows), built by .github/workflows/windows.yml:
;   py dev.py build
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\caplegal.iss   -> dist\installer\
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\CapLegal
; Desktop, the Start-menu entry to the user's own Start menu. Uninstalling removes only what was
; installed: the user's data folder (%LOCALAPPDATA%\CapLegal\CapLegal Desktop: the database,
; settings, logs, own letter templates; platformdirs in caplegal_desktop/config.py) stays.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "CapLegal Desktop"
#define AppPublisher "CapLegal"
#define WindowExe "CapLegalDesktop.exe"
#define CommandExe "caplegal.exe"
#define DataFolder "{localappdata}\CapLegal\CapLegal Desktop"

[Setup]
AppId={{AA42E2A4-7A80-4C45-BD98-9E934E0D0050}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
; per-user install: no UAC prompt, {autopf} is %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=CapLegalDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\app\caplegal.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the PyInstaller one-folder build (packaging/caplegal.spec): both programs and _internal\
Source: "..\..\dist\caplegal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote inside its own folder; never the data folder
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[CustomMessages]
danish.DataKept=Dine sager, indstillinger og egne brevskabeloner er ikke slettet. De ligger i:%n%1
english.DataKept=Your cases, settings and own letter templates were not deleted. They are in:%n%1

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{#DataFolder}');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
