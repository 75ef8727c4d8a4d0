#pragma once
// A SQL Server database (Archiving, Monitoring, Persistent Chat) backed up
// with T-SQL over ODBC: BACKUP DATABASE ... WITH COPY_ONLY, CHECKSUM, INIT
// into databases/<name>.bak, then RESTORE VERIFYONLY ... WITH CHECKSUM.
// The .bak is written by the SQL Server service itself, so the set must be
// on a path that service can reach (a UNC share when SQL Server runs on
// another computer). Restore goes onto a database that is missing or whose
// user tables hold no rows (as Topology Builder or Install-CsDatabase
// creates it; replaced WITH REPLACE), moves the files into the instance's
// default data and log folders (WITH MOVE), and checks afterwards that the
// database is ONLINE and, for LcsLog, LcsCDR and QoEMetrics, that the
// RTCComponentUniversalServices database user exists.
//
// Plan options: server, instance, database, driver, authentication
// ("integrated" or "sql"), user, passwordEnv (the environment variable that
// holds the password; never the password itself), timeoutSeconds.

#include "sources/Source.h"

namespace lbw {

class SqlConnection;

class SqlServerSource final : public Source {
public:
    using Source::Source;

    QStringList sourcePaths() const override { return {}; }
    Status checkReady() const override;
    Result<SourceEstimate> estimate() override;
    SourceOutput backup(SourceContext &context) override;

    Status checkTargetIsClean(const QString &target) const override;
    Result<QStringList> restore(RestoreContext &context) override;
    QString restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const override;
    Result<QStringList> verifyRestored(const RestoreContext &context) const override;

    // Why SQL Server cannot write `setDir` itself, or empty when it can:
    // a local path is only right when SQL Server runs on this computer.
    static QString unreachablePathReason(const QString &setDir, const QString &server);

private:
    QString database() const;
    QString password() const;
    Status connect(SqlConnection &connection) const;  // to master; errors never show the password
    // Refuses, naming them, when any user table of `target` holds rows.
    static Status checkHoldsNoRows(SqlConnection &connection, const QString &target);
};

}  // namespace lbw
