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
        <source>The free space of %1 cannot be determined.</source>
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
        <source>%1 of %2, %3 of %4 files, %5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1% %2/%3 %4/s ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStoreSource</name>
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
    <message numerus="yes">
        <source>Plan &quot;%1&quot;: %n items, backed up to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>&quot;%1&quot; arrives in a coming version of Lync Backup Wizard. Until then, use the lync-backup command (see lync-backup --help).</source>
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
