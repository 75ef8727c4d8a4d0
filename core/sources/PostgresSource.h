#pragma once
// A PostgreSQL database, dumped with the real tools: pg_dump -Fc into
// databases/<name>.pgdump, restored with pg_restore into a database that is
// missing (then created) or whose tables hold no rows (then the dump's
// objects replace them, in one transaction). Connection checks and the
// clean-target check go through Qt's QPSQL driver. Row counts per table are
// recorded at backup time and compared after a restore.
//
// Plan options: host, port, database, user, passwordEnv (the environment
// variable holding the password; never the password itself),
// timeoutSeconds.

#include "sources/Source.h"

#include <QProcessEnvironment>

namespace lbw {

class SqlConnection;

class PostgresSource final : public Source {
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

    static QString quoteIdentifier(const QString &name);  // "name" with '"' doubled

private:
    QString option(const char *key) const;
    QString password() const;
    QStringList connectionArguments() const;  // -h -p -U for pg_dump / pg_restore
    QProcessEnvironment toolEnvironment() const;
    Status openTo(SqlConnection &connection, const QString &database) const;
    Result<bool> databaseExists(const QString &database) const;
    Result<QJsonObject> rowCounts(const QString &database) const;
};

}  // namespace lbw
