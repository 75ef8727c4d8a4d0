; The Windows installer of Lync Backup Wizard (NSIS 3): both programs and
; what windeployqt put beside them, a Start menu entry, the Application event
; log source, and an uninstaller. Not built or run by this project's CI; see
; README, "Building on Windows", for the folder it packs:
;
;   makensis /DVERSION=0.1.0 /DDIST=C:\src\lync-backup-wizard\dist packaging\windows\lync-backup-wizard.nsi
;
; DIST holds lync-backup.exe, lync-backup-wizard.exe, the Qt and vcpkg DLLs
; and Qt's plugin folders. The setup program is written beside this file.

Unicode true
!ifndef VERSION
  !error "Give the version: makensis /DVERSION=0.1.0 /DDIST=... lync-backup-wizard.nsi"
!endif
!ifndef DIST
  !error "Give the deployed folder: makensis /DVERSION=... /DDIST=path\to\dist lync-backup-wizard.nsi"
!endif

!define PRODUCT "Lync Backup Wizard"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
; platform::writeSystemEvent reports each run's end under this source. .NET's
; message file (every Lync 2013 server has .NET 4.5) shows its text as it is,
; instead of "The description for Event ID 1000 cannot be found".
!define EVENT_SOURCE_KEY "SYSTEM\CurrentControlSet\Services\EventLog\Application\${PRODUCT}"
!define EVENT_MESSAGE_FILE "%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\EventLogMessages.dll"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${PRODUCT}"
OutFile "lync-backup-wizard-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "Software\${PRODUCT}" "InstallDir"
; Program Files, the event log source and schedules for other accounts need it.
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\lync-backup-wizard.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The product's two languages; the setup follows Windows' display language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "PortugueseBR"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${PRODUCT} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "${PRODUCT}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${PRODUCT}" "InstallDir" "$INSTDIR"

  ; Start menu: the wizard. The command line (lync-backup.exe) is run by
  ; its full path, as the schedules it installs do.
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\lync-backup-wizard.exe"

  WriteRegExpandStr HKLM "${EVENT_SOURCE_KEY}" "EventMessageFile" "${EVENT_MESSAGE_FILE}"
  WriteRegDWORD HKLM "${EVENT_SOURCE_KEY}" "TypesSupported" 7

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lync-backup-wizard.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; What the programs made stays: the backup locations and their sets, the log
; in %ProgramData%\Lync Backup Wizard\Logs, and the scheduled tasks, which
; "lync-backup schedule remove" takes out (a task left behind fails to start
; and says so in Task Scheduler).
Section "Uninstall"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only a folder that holds the programs is removed whole: never a folder
  ; such as C:\ that the directory page was pointed at by mistake.
  ${If} ${FileExists} "$INSTDIR\lync-backup-wizard.exe"
  ${AndIf} ${FileExists} "$INSTDIR\lync-backup.exe"
    RMDir /r "$INSTDIR"
  ${Else}
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
  ${EndIf}
  DeleteRegKey HKLM "${EVENT_SOURCE_KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${PRODUCT}"
SectionEnd
