#include "sources/SqliteSource.h"

#include "backupset/SetLayout.h"
#include "util/Progress.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"
#include "util/Sha256.h"
#include "util/Staging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <spdlog/logger.h>
#include <sqlite3.h>

namespace lbw {
namespace {

constexpr int kBusyTimeoutMs = 30'000;

class Connection {
public:
    Connection(const QString &path, int flags) {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *get() const { return m_db; }
    QString message() const {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                    : QCoreApplication::translate("SqliteSource", "out of memory");
    }

    // Runs `sql` and returns the first column of every row.
    Result<QStringList> column(const char *sql) const {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return Error{message()};
        QStringList values;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return Error{message()};
        return values;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Opens `path` to look at it without leaving a trace. A plain read-only
// connection to a database in WAL mode creates -wal and -shm files beside
// it and cannot remove them again; "immutable" reads the file as it is,
// without locks or companion files (a -wal or -journal beside the target
// has already refused it).
QString immutableUri(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("file://") + (absolute.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
           QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:")) + QStringLiteral("?immutable=1");
}

// The database's own tables, by name (SQLite's internal sqlite_* tables
// left out: "_" is escaped, or LIKE would take it for any character).
Result<QStringList> userTables(const Connection &db) {
    return db.column(
        "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

// The rows of every table, by name: recorded at backup, compared after a
// restore (a drill proves the database comes back with its rows, not only
// with its bytes).
Result<QJsonObject> tableRowCounts(const Connection &db) {
    Result<QStringList> tables = userTables(db);
    if (!tables)
        return tables.error();
    QJsonObject counts;
    for (const QString &table : *tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        Result<QStringList> rows =
            db.column(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted).toUtf8().constData());
        if (!rows)
            return rows.error();
        counts.insert(table, rows->value(0).toLongLong());
    }
    return counts;
}

bool hasSqliteHeader(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

}  // namespace

Status SqliteSource::checkReady() const {
    const QFileInfo info(planItem().path);
    if (!info.exists())
        return Error{QCoreApplication::translate("SqliteSource",
                                                 "%1: the database %2 does not exist. Check the path in the plan.")
                         .arg(planItem().displayName(), planItem().path)};
    if (!info.isFile() || !hasSqliteHeader(planItem().path))
        return Error{QCoreApplication::translate("SqliteSource", "%1: %2 is not an SQLite database.")
                         .arg(planItem().displayName(), planItem().path)};
    return {};
}

Result<SourceEstimate> SqliteSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    const QString wal = planItem().path + QStringLiteral("-wal");
    return SourceEstimate{QFileInfo(planItem().path).size() + QFileInfo(wal).size(), 1};
}

Result<QJsonObject> SqliteSource::copyDatabase(const QString &sourceFile, const QString &targetFile,
                                               const CancelToken &cancel) {
    if (QFileInfo::exists(targetFile))
        return Error{
            QCoreApplication::translate("SqliteSource", "%1 already exists; it is not overwritten.").arg(targetFile)};
    Connection source(sourceFile, SQLITE_OPEN_READONLY);
    if (!source.ok())
        return Error{QCoreApplication::translate("SqliteSource", "Cannot open the database %1: %2")
                         .arg(sourceFile, source.message())};
    Connection target(targetFile, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target.ok())
        return Error{
            QCoreApplication::translate("SqliteSource", "Cannot create %1: %2").arg(targetFile, target.message())};

    // One step of -1 pages copies the whole database inside a single read
    // transaction: a consistent snapshot even while others write (in WAL
    // mode they go on writing; otherwise they wait at most the busy timeout).
    // Copying in small steps instead would restart on every foreign write
    // and might never finish on a busy database.
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return Error{QCoreApplication::translate("SqliteSource", "Cannot start the backup of %1: %2")
                         .arg(sourceFile, target.message())};
    int rc;
    int attempts = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (cancel.isCancelled() || ++attempts > 600)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{QCoreApplication::translate("SqliteSource", "The backup of %1 did not complete: %2")
                         .arg(sourceFile, QString::fromUtf8(sqlite3_errstr(rc)))};

    // The copy keeps the source's journal mode in its header; a set file must
    // stand alone, without -wal or -shm companions.
    if (Result<QStringList> mode = target.column("PRAGMA journal_mode=DELETE"); !mode)
        return Error{QCoreApplication::translate("SqliteSource", "Cannot prepare the copy of %1: %2")
                         .arg(sourceFile, mode.errorMessage())};
    Result<QStringList> integrity = target.column("PRAGMA integrity_check");
    if (!integrity)
        return Error{
            QCoreApplication::translate("SqliteSource", "The integrity check of the copy of %1 could not run: %2")
                .arg(sourceFile, integrity.errorMessage())};
    if (integrity->size() != 1 || integrity->first() != QLatin1String("ok"))
        return Error{
            QCoreApplication::translate("SqliteSource",
                                        "The copy of %1 failed its integrity check: %2. Check the source database "
                                        "(sqlite3 \"%1\" \"PRAGMA integrity_check\").")
                .arg(sourceFile, integrity->mid(0, 5).join(QStringLiteral("; ")))};

    Result<QStringList> pages = target.column("PRAGMA page_count");
    const Result<QJsonObject> counts = tableRowCounts(target);
    QJsonObject details{{QStringLiteral("sqliteVersion"), QString::fromLatin1(sqlite3_libversion())},
                        {QStringLiteral("integrityCheck"), QStringLiteral("ok")},
                        {QStringLiteral("tables"), counts ? counts->size() : 0},
                        {QStringLiteral("pages"), pages && !pages->isEmpty() ? pages->first().toLongLong() : 0}};
    if (counts)
        details.insert(QStringLiteral("rowCounts"), *counts);
    return details;
}

SourceOutput SqliteSource::backup(SourceContext &context) {
    const QString setPath = layout::kDatabases + QLatin1Char('/') + planItem().name + QStringLiteral(".sqlite");
    SourceOutput output{newManifestItem(setPath)};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };
    if (Status ready = checkReady(); !ready)
        return fail(ready.errorMessage());

    const QString target = context.setDir + QLatin1Char('/') + setPath;
    if (!makeOwnerOnlyPath(context.setDir, layout::kDatabases))
        return fail(QCoreApplication::translate("SqliteSource", "Cannot create the folder %1 in the backup set.")
                        .arg(layout::kDatabases));
    Result<QJsonObject> copied = copyDatabase(planItem().path, target, context.cancel);
    if (!copied) {
        QFile::remove(target);
        return fail(copied.errorMessage());
    }
    item.details = *copied;

    // The copy keeps the source database's mode and time in the manifest.
    Result<platform::EntryInfo> sourceInfo = platform::statNoFollow(planItem().path);
    context.log.info("{}", QCoreApplication::translate("BackupLog", "%1: copied, integrity check passed")
                               .arg(planItem().displayName())
                               .toStdString());
    SourceOutput done = withSetFile(std::move(output), context, sourceInfo ? sourceInfo->mode : 0600,
                                    sourceInfo ? std::optional<FileTime>(sourceInfo->mtime) : std::nullopt);
    if (done.item.status == ItemStatus::Ok && sourceInfo)
        (void)platform::applyTimesAndMode(target, sourceInfo->mtime, 0600);
    return done;
}

Status SqliteSource::checkTargetIsClean(const QString &target) const {
    const QFileInfo info(target);
    auto refuse = [&](const QString &why) {
        return Error{QCoreApplication::translate("SqliteSource",
                                                 "%1 is not a clean target: %2. Restore goes onto new or clean "
                                                 "databases only (one whose tables hold no rows is clean): move it "
                                                 "away and run the restore again.")
                         .arg(target, why)};
    };
    for (const char *companion : {"-wal", "-journal"})
        if (QFileInfo(target + QLatin1String(companion)).exists())
            return refuse(QCoreApplication::translate("SqliteSource",
                                                      "%1 exists next to it (the database is in use "
                                                      "or was not closed cleanly)")
                              .arg(target + QLatin1String(companion)));
    if (!info.exists() && !info.isSymLink())
        return {};
    if (info.isSymLink() || !info.isFile())
        return refuse(QCoreApplication::translate("SqliteSource", "it is not a regular file"));
    if (info.size() == 0)
        return {};
    if (!hasSqliteHeader(target))
        return refuse(QCoreApplication::translate("SqliteSource", "it is not an SQLite database"));
    Connection db(immutableUri(target), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!db.ok())
        return refuse(db.message());
    Result<QStringList> tables = userTables(db);
    if (!tables)
        return refuse(tables.errorMessage());
    // Tables without rows are what a freshly created database looks like:
    // clean. One row anywhere is data that a restore would replace.
    QStringList holdingRows;
    for (const QString &table : *tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        Result<QStringList> row =
            db.column(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(quoted).toUtf8().constData());
        if (!row)
            return refuse(QCoreApplication::translate("SqliteSource", "the table %1 cannot be read (%2)")
                              .arg(table, row.errorMessage()));
        if (!row->isEmpty())
            holdingRows << table;
    }
    if (!holdingRows.isEmpty())
        return refuse(QCoreApplication::translate("SqliteSource", "it has rows in %n of its tables (%1)", nullptr,
                                                  int(holdingRows.size()))
                          .arg(holdingRows.mid(0, 5).join(QStringLiteral(", ")) +
                               (holdingRows.size() > 5 ? QStringLiteral(", …") : QString())));
    return {};
}

QString SqliteSource::restoredPath(const ManifestItem &, const FileEntry &, const QString &target) const {
    return target;
}

Result<QStringList> SqliteSource::restore(RestoreContext &context) {
    const Result<FileEntry> only = context.entries.onlyFile();
    if (!only)
        return only.error();
    const FileEntry &file = *only;
    staging::removeLeftovers(context.target);
    const QString staged = staging::pathFor(context.target);
    auto abandon = [&](const QString &message) -> Result<QStringList> {
        QFile::remove(staged);
        return Error{message};
    };
    if (Status restored = restoreSetFile(context, file, staged, file.mode ? file.mode : 0600); !restored)
        return abandon(restored.errorMessage());
    {
        Connection db(staged, SQLITE_OPEN_READONLY);
        Result<QStringList> integrity =
            db.ok() ? db.column("PRAGMA integrity_check") : Result<QStringList>(Error{db.message()});
        if (!integrity || integrity->value(0) != QLatin1String("ok"))
            return abandon(QCoreApplication::translate("SqliteSource",
                                                       "The restored copy of %1 fails its integrity "
                                                       "check: %2")
                               .arg(context.item.name, integrity ? integrity->value(0) : integrity.errorMessage()));
    }
    context.progress.addFiles(1);
    // The target was judged clean before the copy began. It is judged again
    // just before it is replaced, so rows written in the meantime are never
    // lost. promote() then replaces an existing (clean) file in one step:
    // platform::renameReplacing is rename() on POSIX and MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows, where QFile::rename would refuse.
    if (Status clean = checkTargetIsClean(context.target); !clean)
        return abandon(clean.errorMessage());
    if (Status promoted = staging::promote(staged, context.target); !promoted)
        return abandon(promoted.errorMessage());
    return QStringList();
}

Result<QStringList> SqliteSource::verifyRestored(const RestoreContext &context) const {
    Result<QStringList> differing = Source::verifyRestored(context);
    if (!differing)
        return differing;
    // Sets made before the rows were recorded have only their digest.
    const QJsonObject expected = context.item.details.value(QStringLiteral("rowCounts")).toObject();
    if (expected.isEmpty())
        return differing;
    Connection db(immutableUri(context.target), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    Result<QJsonObject> counts = db.ok() ? tableRowCounts(db) : Result<QJsonObject>(Error{db.message()});
    if (!counts)
        return counts.error();
    for (const QString &table : tablesWithOtherRowCounts(expected, *counts))
        differing->append(QCoreApplication::translate("SqliteSource", "%1: table %2 has %3 rows, the backup had %4")
                              .arg(context.target, table)
                              .arg(counts->value(table).toInteger(-1))
                              .arg(expected.value(table).toInteger()));
    return differing;
}

}  // namespace lbw
