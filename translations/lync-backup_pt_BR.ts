<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BackupJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the data to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the items can be backed up:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item failed; the run is left incomplete in %1. See backup.log there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest and checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushing the set to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the new set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupLocation</name>
    <message>
        <source>Location reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the path, that the share is online and that this account may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account can create files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot create files in %1. Grant it write permission on the folder or share, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free; this backup needs about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 free, but this backup needs about %2. Free some space (for example by removing old sets) or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the data being backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is not inside any source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is inside %2, which is being backed up: every run would copy the earlier backups again. Choose a folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which is being backed up, lies inside the location %2. Keep the backup location separate from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup location %1. Check the path and the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish (interrupted, cancelled or failed). It is not a backup set and is never used for a restore; delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for this run. Check that the location is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many runs started in the same second in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an incomplete run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a complete set is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2. Check that the location supports renaming folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set %1 is complete, but LATEST could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space of %1 cannot be determined; make sure about %2 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atomic rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a test folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets can be committed by renaming their folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders cannot be renamed here, so a set cannot be committed safely. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported here; backups work, but later versions cannot share unchanged files between sets on this location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPlan</name>
    <message>
        <source>The plan names no backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has nothing to back up: add at least one file store or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has the unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid item name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has no source path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Lync Backup Wizard plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has format version %1; this program reads version %2. Use a newer version of Lync Backup Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; holds a password in the plan (&quot;%2&quot;). Plans never hold passwords: name an environment variable with &quot;passwordEnv&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cmdlet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt by setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology names no active Central Management store (it was never published); run the export on any server of the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Management store: topology, policies and settings (xds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E9-1-1 location information (lis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data of %1: contacts, permissions, meetings (rtcxds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage of each Front End; rebuilt by setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only replica of the Central Management store on every server; rebuilt by setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response Group configuration of %1 (rgsconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving (LcsLog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up as your retention policy requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring: call detail records (LcsCDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring: quality of experience (QoEMetrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat (mgc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-CsPersistentChatData is an alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the set; Meeting.Active files are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient data; rebuilt by setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient compliance data; rebuilt by setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmdletSource</name>
    <message>
        <source>Item %1 has no command in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on this computer, so %2 cannot be exported. Run the backup on a Lync server, or on a computer with the Lync Server Management Shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check before exporting %1 failed (is the Lync module installed?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists before the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command succeeded but did not write %1. Its output: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command wrote an empty %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cmdlet exports are imported during recovery with %1 (the file is in the set under exports/); they are not copied anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verify: OK, %n files (%1) match the manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify: %n problems found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lync-backup &lt;command&gt; [options]

Backs up the data of a Lync Server 2013 deployment into a new, verifiable set
folder per run. Run &quot;lync-backup &lt;command&gt; --help&quot; for a command&apos;s options.

Commands:
  demo DIR                      Create the sample deployment (SQLite databases,
                                a file store and a plan) in DIR.
  backup --plan FILE            Run the backup a plan file describes.
  backup --location PATH [--filestore NAME=DIR]... [--sqlite NAME=FILE]...
                                Run an ad hoc backup without a plan.
  verify SET                    Check a set against its manifest.
  list LOCATION                 List the sets in a backup location.

Options: --help, --version

Exit codes:
  0  success
  1  failure: nothing was committed (see the message)
  2  usage error: wrong command line or plan file
  3  completed with errors: a set was committed, but some items or files
     could not be backed up (listed above the set path)
  4  verify failed: a set does not match its manifest
  5  interrupted: cancelled by Ctrl+C or SIGTERM; only a .partial folder remains
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to create the sample deployment in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of files in the sample file store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a sample Lync deployment to try the product on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample deployment created. Back it up with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup location (overrides the plan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file store to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the set after the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a backup into a new set folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1 is left incomplete and will never be used for a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>    error: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST was not moved to this set because an item failed; the previous set stays $backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set folder to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hashes a set and compares it with its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sets in a backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sets in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  * = LATEST ($backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete runs (not restorable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that this computer may receive a restore of SET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required check failed: fix it before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer may receive the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore only this item (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an item to PATH instead of where it was backed up from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores items of a set onto new or clean targets, then verifies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: a required check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology XML or .tbxml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON, for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what to back up for a Lync topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology: %1; %2 sites, %3 pools and servers, %4 SQL instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to this version (shown, not backed up): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file to write (default: lync-backup-plan.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a plan file from a topology; edit it to override connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from-topology and --location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another --output or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a plan with %n items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 files, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> %1% %2/%3 %4/s ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped: the run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped. Raise timeoutSeconds in the plan if it needs longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed. Its output: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStoreSource</name>
    <message>
        <source>The file store %1 (%2) does not exist or cannot be reached. Check the path and that the share is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file store %1 (%2) is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file store %1 (%2) cannot be read by this account. Run the backup as an account that can read the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting.Active is locked by a running meeting and is not backed up (by design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (device, pipe or socket); not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder. Restore goes onto new or clean targets only: move it away and run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty (it holds %2%3). Restore goes onto new or clean targets only: empty it or choose another target, and run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest places %1 outside its item %2; the set may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest places %1 below the link %2; the set may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 differ only in case: they collide on Windows and other case-insensitive file systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1. Check that this account can write next to the target %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the set does not match its manifest entry; the set is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 points outside the restored folder (%2) and was not recreated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recreate the link %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationLock</name>
    <message>
        <source>A lock left by process %1 on %2, which is no longer running, was found and taken over. That run did not finish; its folder stays marked as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another computer (%1, process %2) is writing a backup to this location. Wait for it to finish. If that computer is gone, delete %3 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup (process %1, %2) is writing to this location. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Check that this account can write to the backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not describe a Lync backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has format version %1; this program reads version %2 and older. Use a newer version of Lync Backup Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names an unsafe location for item %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists an unsafe path &quot;%1&quot;: %2. The set may have been tampered with; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists its own metadata file &quot;%1&quot; as data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; the unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid modification time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the manifest of %1: %2. Is this a backup set folder?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Cannot read the properties of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the modification time of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 to disk failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the folder %1 to disk failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a hard link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresSource</name>
    <message>
        <source>Item %1 names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed. Install the PostgreSQL client tools (Debian: postgresql-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump wrote an empty %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds %n user tables (%2). Restore goes onto new or clean databases only: drop it or choose another name, and run the restore again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest does not list exactly one dump for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prerequisites</name>
    <message>
        <source>The backup did not record this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as at backup time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is %1; the backup was taken on %2. Install the operating system with the same FQDN before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is in the domain %1; the backup was taken in %2. Join this computer to %2 before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not record the addresses of its computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve now; at backup time it resolved to %2. Restore the DNS records before restoring data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now resolves to %2; at backup time it resolved to %3. Make DNS (and DHCP reservations) the same as at backup time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2, as at backup time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer runs %1; the backup was taken on %2. Lync Server 2013 expects the rebuilt server to run the same system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring to %1, but the data was backed up from %2. Lync expects its data at the same path as at backup time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 that holds %2 does not exist. Create it (or the share) with the same path as at backup time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set has no item named &quot;%1&quot;. Its items are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is given for &quot;%1&quot;, but the set has no such item. Its items are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this computer against the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: a required check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item failed during the backup; the set holds no data for it. Restore it from an earlier set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot restore items of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set is damaged for this item: %1. Restore it from another set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but only %3 are free there. Free some space and run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored data does not match the backup: %1. Check the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleDeployment</name>
    <message>
        <source>Cannot create the sample database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill the sample database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sample file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new or empty folder for the sample deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1. Check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPath</name>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path names a drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has an empty component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256Sums</name>
    <message>
        <source>SHA256SUMS line %1 is not in the format &quot;&lt;digest&gt;  &lt;file&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the server name, that it accepts connections, and the account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlServerSource</name>
    <message>
        <source>SQL Server on %1 writes the backup file itself, but %2 is a local path of this computer: it would land on %1&apos;s own disk. Use a UNC path (\\server\share) that the SQL Server service account can write to as the backup location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt ODBC driver (QODBC) is not installed, so SQL Server cannot be reached. Install it (Debian: libqt6sql6-odbc) and the Microsoft ODBC Driver for SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP DATABASE of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORE VERIFYONLY of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds %2 user tables. Restore goes onto new or clean databases only: drop it, or let Topology Builder create it afresh, and run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not list exactly one backup file for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORE DATABASE %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSource</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 (%2) does not exist. Check the path in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 did not complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of the copy of %1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 failed its integrity check: %2. Check the source database (sqlite3 &quot;%1&quot; &quot;PRAGMA integrity_check&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a clean target: %2. Restore goes onto new or clean databases only: move it away and run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists next to it (the database is in use or was not closed cleanly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it holds %n user tables (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest does not list exactly one database file for %1; the set may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the set does not match its manifest entry; the set is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy of %1 fails its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staging</name>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyReader</name>
    <message>
        <source>Line %1: %2 is missing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the topology is not valid XML (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is neither a published topology (&lt;Topology&gt;, from Get-CsTopology -AsXml) nor a Topology Builder file (&lt;TopologyBuilder&gt;, .tbxml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 (service %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the topology %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeWalk</name>
    <message>
        <source>the folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanished or unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the manifest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached through a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no longer a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no longer a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in the manifest but not in SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS and the manifest give different digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in SHA256SUMS but not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content differs from the backup (SHA-256 %1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::BackupWizard</name>
    <message>
        <source>Lync Backup Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is running. Stop it? The incomplete run is left as a .partial folder, which is never used for a restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the topology of your deployment (from Get-CsTopology -AsXml or Topology Builder), a saved plan, or try the wizard on the sample deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open topology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sample deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync topology (*.xml *.tbxml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plan (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known to this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::FinishedPage</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and is now $backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup completed with errors. It is now $backup; see below what was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup completed with errors: an item failed, so $backup still points at the previous set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled. The incomplete folder below is never used for a restore; delete it when you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set was not verified after the backup (check it with lync-backup verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n files match the manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verification FAILED: %1. Check the disk of the backup location and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped by design)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files named Meeting.Active are locked by running meetings and are not backed up, as the Lync documents prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fix the cause shown above, then run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the files listed above were not backed up; make them readable (or wait until they are no longer in use) and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::ItemsPage</name>
    <message>
        <source>SQLite online backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items the Lync documents call for, grouped by pool and server. Required items are always backed up; leave out what your retention policy does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lync documents require this item for a recovery; it is always backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured during the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lbw::ui::LocationPage</name>
    <message>
        <source>Not on a server of the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topology was opened; make sure the location is on a computer that belongs to no pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a server of the topology (%2). Put the backup location on a stand-alone computer that belongs to no pool: if this server fails, its backups must survive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server of the topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder that receives the backups: on a stand-alone computer, reachable by the account that runs the backup. Every run creates a new folder in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\\backupserver\lyncbackup or a local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run will create %1 ($backup once it is complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the checks marked in red to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::ProgressPage</name>
    <message>
        <source>Cancel the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup runs in the background; this window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup log appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the backup now? The incomplete run is left as a .partial folder, which is never used for a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 of %4 files · %5/s · %6 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 files, backed up in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup completed with errors; see the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Only an incomplete .partial folder was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::StartPage</name>
    <message>
        <source>Choose a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the data of your Lync Server 2013 deployment, check a backup, or recover a server from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every Lync database and file store into a new, verified backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same backup regularly, without anyone at the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a backup set still matches what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through recovery on a rebuilt server and restore its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes to this wizard in the next version. Until then, use the command line: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been taken with this wizard yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the last backup in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete backup in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last successful backup: %1 (%n hours ago), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now: the last backup is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::SummaryPage</name>
    <message>
        <source>Verify the new set after the backup (re-reads every file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these choices as the plan for scheduled runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup will run these steps, in this order. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the location and take its lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write manifest.json and SHA256SUMS, flush to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the set and point LATEST ($backup) at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the new set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lbw::ui::WizardModel</name>
    <message>
        <source>Topology %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Management store (xds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E9-1-1 location information (lis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data: contacts, permissions, meetings (rtcxds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response Group configuration (rgsconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring: call detail records (LcsCDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring: quality of experience (QoEMetrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving (LcsLog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat (mgc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync file store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;lync-backup --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided backup and recovery for Lync Server 2013.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this plan file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
