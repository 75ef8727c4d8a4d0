// A hostile set steering a restore (issue 19): a manifest that names a
// database server and the environment variable of a secret, a restore that
// would write to the places a set recorded without the operator's say, a
// recorded source that is a relative path, and names that carry terminal
// control sequences. The sets are real ones, made by lync-backup and then
// edited as an attacker would, with the SHA256SUMS line of manifest.json
// made to match again so the restore logic is reached.
#include "sources/ServerConnection.h"
#include "util/DisplayText.h"

#include "CliSupport.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace lbw;
using test::cli;
using test::describe;
using test::Run;

namespace {

const QString kSetSecretVariable = QStringLiteral("LBW_TEST_SET_SECRET");
const QString kSetSecret = QStringLiteral("set-secret-7f3a");
const QString kOperatorSecretVariable = QStringLiteral("LBW_TEST_OPERATOR_SECRET");
const QString kOperatorSecret = QStringLiteral("operator-secret-91c2");

QString backUp(const QString &location, const QStringList &items) {
    const Run run = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--location"), location} + items);
    return run.exitCode == 0 ? run.lastLine() : QString();
}

// Edits manifest.json as an attacker would, then makes its line in
// SHA256SUMS match again (the manifest's digest of `entries` still holds:
// `entries` is not touched).
bool rewriteManifest(const QString &set, const std::function<void(QJsonObject &)> &edit) {
    const QString manifestPath = set + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(test::readFile(manifestPath)).object();
    if (manifest.isEmpty())
        return false;
    edit(manifest);
    const QByteArray edited = QJsonDocument(manifest).toJson();
    QFile::remove(manifestPath);
    test::writeFile(manifestPath, edited);
    const QString sumsPath = set + QStringLiteral("/SHA256SUMS");
    QByteArray sums = test::readFile(sumsPath);
    const qsizetype at = sums.indexOf("  manifest.json\n");
    if (at < 64)
        return false;
    sums.replace(at - 64, 64, QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex());
    QFile::remove(sumsPath);
    test::writeFile(sumsPath, sums);
    return true;
}

void editItem(QJsonObject &manifest, const QString &name, const std::function<void(QJsonObject &)> &edit) {
    QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        if (item.value(QStringLiteral("name")).toString() == name) {
            edit(item);
            items[i] = item;
        }
    }
    manifest.insert(QStringLiteral("items"), items);
}

// The fake PostgreSQL server of tests/tools: every client that connects,
// and every password it sends, is one line of its record.
class FakePostgres {
public:
    explicit FakePostgres(const QString &record) : m_record(record) {
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(LBW_TEST_TOOLS "/fake_postgres.py"), record});
        while (m_port == 0 && m_server.waitForReadyRead(20000)) {
            const QByteArray line = m_server.readLine();
            if (line.startsWith("ready "))
                m_port = line.mid(6).trimmed().toInt();
        }
    }
    ~FakePostgres() {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QList<QJsonObject> connections() const {
        QList<QJsonObject> lines;
        for (const QByteArray &line : test::readFile(m_record).split('\n'))
            if (!line.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        return lines;
    }
    QStringList passwords() const {
        QStringList sent;
        for (const QJsonObject &line : connections())
            if (line.value(QStringLiteral("password")).isString())
                sent << line.value(QStringLiteral("password")).toString();
        return sent;
    }

private:
    QString m_record;
    QProcess m_server;
    int m_port = 0;
};

QProcessEnvironment withSecrets() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(kSetSecretVariable, kSetSecret);
    environment.insert(kOperatorSecretVariable, kOperatorSecret);
    return environment;
}

// What a terminal would receive raw: control characters other than the
// newlines between lines, and DEL.
QString rawControls(const QString &output) {
    QString found;
    for (const QChar c : output)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return found;
}

}  // namespace

class TestHostileRestore : public QObject {
    Q_OBJECT
private slots:
    void displayTextShowsControlsAsEscapes() {
        QCOMPARE(displayText(QStringLiteral("plain /srv/ação C:\\share")), QStringLiteral("plain /srv/ação C:\\share"));
        QCOMPARE(displayText(QStringLiteral("a\nb\tc\rd")), QStringLiteral("a\\nb\\tc\\rd"));
        QCOMPARE(displayText(QStringLiteral("\x1b[2J\x1b]0;title\x07")), QStringLiteral("\\x1b[2J\\x1b]0;title\\x07"));
        QCOMPARE(displayText(QString(QChar(0))), QStringLiteral("\\x00"));
        QCOMPARE(displayText(QStringLiteral("del\x7f")), QStringLiteral("del\\x7f"));
        QCOMPARE(displayText(QString(QChar(0x9b)) + QStringLiteral("31m")), QStringLiteral("\\u009b31m"));  // C1 CSI
        // A byte of a name that is not UTF-8 (NameBytes: U+DC00 + byte).
        QCOMPARE(displayText(QStringLiteral("caf") + QChar(0xdce9)), QStringLiteral("caf\\xe9"));
        QCOMPARE(displayText(QString(QChar(0xd800))), QStringLiteral("\\ud800"));  // a lone high surrogate
        const QString emoji = QString::fromUtf8("\xf0\x9f\x93\x81");               // a pair stays as it is
        QCOMPARE(displayText(emoji), emoji);
    }

    void connectionsAreReadAsTheOperatorTypesThem() {
        const QString pg = QStringLiteral("postgresql");
        auto parsed = [](const QString &kind, const QString &text) {
            Result<QJsonObject> connection = parseConnection(kind, text);
            return connection ? *connection : QJsonObject{{QStringLiteral("error"), connection.errorMessage()}};
        };
        QCOMPARE(parsed(pg, QStringLiteral("lbw@db01:5433")),
                 (QJsonObject{{QStringLiteral("user"), QStringLiteral("lbw")},
                              {QStringLiteral("host"), QStringLiteral("db01")},
                              {QStringLiteral("port"), QStringLiteral("5433")}}));
        QCOMPARE(parsed(pg, QStringLiteral("db01")), (QJsonObject{{QStringLiteral("host"), QStringLiteral("db01")}}));
        QCOMPARE(parsed(pg, QStringLiteral("user@tenant@[::1]:5432")),
                 (QJsonObject{{QStringLiteral("user"), QStringLiteral("user@tenant")},
                              {QStringLiteral("host"), QStringLiteral("::1")},
                              {QStringLiteral("port"), QStringLiteral("5432")}}));
        QCOMPARE(parsed(pg, QStringLiteral("fe80::1")),
                 (QJsonObject{{QStringLiteral("host"), QStringLiteral("fe80::1")}}));
        for (const char *bad : {"", "@db01", "lbw@", "db01:", "db01:0", "db01:65536", "db01:x", "[::1", "[::1]5432"})
            QVERIFY2(parsed(pg, QLatin1String(bad)).contains(QStringLiteral("error")), bad);
        const QString sql = QStringLiteral("sqlserver");
        QCOMPARE(parsed(sql, QStringLiteral("sa@sql01\\LYNC")),
                 (QJsonObject{{QStringLiteral("authentication"), QStringLiteral("sql")},
                              {QStringLiteral("user"), QStringLiteral("sa")},
                              {QStringLiteral("server"), QStringLiteral("sql01")},
                              {QStringLiteral("instance"), QStringLiteral("LYNC")}}));
        QCOMPARE(parsed(sql, QStringLiteral("sql01")),
                 (QJsonObject{{QStringLiteral("authentication"), QStringLiteral("integrated")},
                              {QStringLiteral("server"), QStringLiteral("sql01")}}));
        QVERIFY(parsed(sql, QStringLiteral("sql01\\")).contains(QStringLiteral("error")));
        QVERIFY(parsed(QStringLiteral("filestore"), QStringLiteral("x")).contains(QStringLiteral("error")));

        // What a restore runs with: the set's own connection is gone, its
        // other facts stay, the operator's connection is added.
        const QJsonObject recorded{{QStringLiteral("host"), QStringLiteral("evil")},
                                   {QStringLiteral("passwordEnv"), QStringLiteral("HOME")},
                                   {QStringLiteral("database"), QStringLiteral("lcscdr")}};
        QCOMPARE(restoreOptions(recorded, pg, {{QStringLiteral("host"), QStringLiteral("db01")}}),
                 (QJsonObject{{QStringLiteral("host"), QStringLiteral("db01")},
                              {QStringLiteral("database"), QStringLiteral("lcscdr")}}));
        const QJsonObject sqlRecorded{{QStringLiteral("server"), QStringLiteral("evil")},
                                      {QStringLiteral("driver"), QStringLiteral("/tmp/evil.so")},
                                      {QStringLiteral("database"), QStringLiteral("LcsCDR")}};
        QCOMPARE(restoreOptions(sqlRecorded, sql, {{QStringLiteral("server"), QStringLiteral("sql01")}}),
                 (QJsonObject{{QStringLiteral("server"), QStringLiteral("sql01")},
                              {QStringLiteral("database"), QStringLiteral("LcsCDR")}}));
    }

    // The set names a server (this fake one) and the variable holding a
    // secret of this computer: without the operator naming a server, the
    // restore neither connects nor sends the secret, and says what to give.
    void aServerTheSetNamesIsNeverConnectedTo() {
        QTemporaryDir dir;
        FakePostgres server(dir.filePath(QStringLiteral("connections.jsonl")));
        QVERIFY(server.port() > 0);
        const QString db = dir.filePath(QStringLiteral("cdr.sqlite"));
        QCOMPARE(test::runProgram(QStringLiteral("sqlite3"), {db, QStringLiteral("CREATE TABLE t(x); INSERT INTO t "
                                                                                 "VALUES (1);")}),
                 0);
        const QString set =
            backUp(dir.filePath(QStringLiteral("b")), {QStringLiteral("--sqlite"), QStringLiteral("cdr=") + db});
        QVERIFY(!set.isEmpty());
        const QString port = QString::number(server.port());
        QVERIFY(rewriteManifest(set, [&](QJsonObject &manifest) {
            editItem(manifest, QStringLiteral("cdr"), [&](QJsonObject &item) {
                item.insert(QStringLiteral("kind"), QStringLiteral("postgresql"));
                item.insert(QStringLiteral("details"),
                            QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                        {QStringLiteral("port"), port},
                                        {QStringLiteral("user"), QStringLiteral("setuser")},
                                        {QStringLiteral("passwordEnv"), kSetSecretVariable},
                                        {QStringLiteral("database"), QStringLiteral("lbw_cdr")}});
            });
        }));
        QVERIFY2(cli({QStringLiteral("verify"), set}).exitCode == 0,
                 "the edited set verifies: the restore logic is reached");

        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--yes")},
                                         QStringList{QStringLiteral("--target"), QStringLiteral("cdr=other_db")}}) {
            const Run refused = cli(QStringList{QStringLiteral("restore"), set} + extra, {}, withSecrets());
            QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
            QVERIFY2(refused.out.contains(QStringLiteral("refused")), qPrintable(describe(refused)));
            // It says which option to give, and shows what the set says.
            QVERIFY2(refused.out.contains(QStringLiteral("--connection cdr=[USER@]HOST[:PORT]")),
                     qPrintable(describe(refused)));
            QVERIFY2(refused.out.contains(QStringLiteral("setuser@127.0.0.1:") + port), qPrintable(describe(refused)));
            QVERIFY2(server.connections().isEmpty(), qPrintable(describe(refused)));
        }

        // The operator's server and secret are used, whatever the set says:
        // the fake server hears the operator's user and password, never the
        // set's. (It refuses the password, so the item is refused.)
        const Run named = cli({QStringLiteral("restore"), set, QStringLiteral("--yes"), QStringLiteral("--connection"),
                               QStringLiteral("cdr=operator@127.0.0.1:") + port, QStringLiteral("--password-env"),
                               QStringLiteral("cdr=") + kOperatorSecretVariable},
                              {}, withSecrets());
        QVERIFY2(named.exitCode == 1, qPrintable(describe(named)));
        QVERIFY2(!server.connections().isEmpty(), qPrintable(describe(named)));
        for (const QJsonObject &line : server.connections())
            QCOMPARE(line.value(QStringLiteral("user")).toString(), QStringLiteral("operator"));
        QVERIFY2(!server.passwords().isEmpty(), qPrintable(describe(named)));
        for (const QString &password : server.passwords())
            QCOMPARE(password, kOperatorSecret);

        // The same through the operator's own plan file.
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        const QJsonObject options{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                  {QStringLiteral("port"), port},
                                  {QStringLiteral("user"), QStringLiteral("planuser")},
                                  {QStringLiteral("passwordEnv"), kOperatorSecretVariable},
                                  {QStringLiteral("database"), QStringLiteral("lbw_cdr")}};
        test::writeFile(
            plan,
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("lync-backup-plan")},
                                      {QStringLiteral("formatVersion"), 1},
                                      {QStringLiteral("location"), dir.filePath(QStringLiteral("b"))},
                                      {QStringLiteral("items"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgresql")},
                                                              {QStringLiteral("name"), QStringLiteral("cdr")},
                                                              {QStringLiteral("options"), options}}}}})
                .toJson());
        QFile::remove(dir.filePath(QStringLiteral("connections.jsonl")));
        const Run planned =
            cli({QStringLiteral("restore"), set, QStringLiteral("--yes"), QStringLiteral("--plan"), plan}, {},
                withSecrets());
        QVERIFY2(planned.exitCode == 1, qPrintable(describe(planned)));
        QVERIFY2(!server.connections().isEmpty(), qPrintable(describe(planned)));
        for (const QJsonObject &line : server.connections())
            QCOMPARE(line.value(QStringLiteral("user")).toString(), QStringLiteral("planuser"));
        for (const QString &password : server.passwords())
            QCOMPARE(password, kOperatorSecret);

        // A secret variable for an item without a server is a usage error.
        const Run lone = cli({QStringLiteral("restore"), set, QStringLiteral("--password-env"),
                              QStringLiteral("cdr=") + kOperatorSecretVariable},
                             {}, withSecrets());
        QVERIFY2(lone.exitCode == 2 && lone.err.contains(QStringLiteral("--connection cdr=")),
                 qPrintable(describe(lone)));
    }

    // Without --target the items go back where the set recorded: shown, and
    // confirmed with --yes when there is no terminal to ask on.
    void recordedPlacesNeedYesWithoutATerminal() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        test::writeFile(store + QStringLiteral("/reunião/ata.docx"), "ata");
        test::writeFile(store + QStringLiteral("/b.txt"), "b");
        const QString set = backUp(dir.filePath(QStringLiteral("b")),
                                   {QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QVERIFY(!set.isEmpty());
        QVERIFY(QDir(store).removeRecursively());  // a rebuilt server: the store is gone

        const Run refused = cli({QStringLiteral("restore"), set});  // stdin is a pipe here
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--yes")) && refused.err.contains(QStringLiteral("--target")),
                 qPrintable(describe(refused)));
        QVERIFY2(refused.out.contains(store), qPrintable(describe(refused)));  // the place is shown
        QVERIFY(!QFileInfo::exists(store));

        const Run restored = cli({QStringLiteral("restore"), set, QStringLiteral("--yes")});
        QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
        QVERIFY2(restored.out.contains(store), qPrintable(describe(restored)));
        QCOMPARE(test::readFile(store + QStringLiteral("/reunião/ata.docx")), QByteArray("ata"));
        QCOMPARE(test::readFile(store + QStringLiteral("/b.txt")), QByteArray("b"));

        // With a --target for every item there is nothing to confirm.
        const Run elsewhere = cli({QStringLiteral("restore"), set, QStringLiteral("--target"),
                                   QStringLiteral("share=") + dir.filePath(QStringLiteral("r"))});
        QVERIFY2(elsewhere.exitCode == 0, qPrintable(describe(elsewhere)));
    }

    // On a terminal the operator is asked; anything but "yes" writes nothing.
    void recordedPlacesAreConfirmedOnATerminal() {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/script")))
            QSKIP("util-linux script (a pseudo-terminal for the program) is not installed");
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        test::writeFile(store + QStringLiteral("/a.txt"), "a");
        const QString set = backUp(dir.filePath(QStringLiteral("b")),
                                   {QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QVERIFY(!set.isEmpty());
        QVERIFY(QDir(store).removeRecursively());
        auto onTerminal = [&](const QByteArray &answer) {
            QProcess process;
            process.start(QStringLiteral("/usr/bin/script"),
                          {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                           QStringLiteral("'%1' restore '%2'").arg(test::cliPath(), set), QStringLiteral("/dev/null")});
            process.waitForStarted(10000);
            process.write(answer);
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAll()));
        };
        const auto [declined, declinedOut] = onTerminal("no\n");
        QVERIFY2(declined == 1, qPrintable(declinedOut));
        QVERIFY2(declinedOut.contains(QStringLiteral("Type \"yes\"")), qPrintable(declinedOut));
        QVERIFY(!QFileInfo::exists(store));
        const auto [accepted, acceptedOut] = onTerminal("yes\n");
        QVERIFY2(accepted == 0, qPrintable(acceptedOut));
        QCOMPARE(test::readFile(store + QStringLiteral("/a.txt")), QByteArray("a"));
    }

    // A relative recorded source would land wherever the restore happens to
    // be started: refused, never resolved against the working folder.
    void aRelativeRecordedSourceIsRefused() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        test::writeFile(store + QStringLiteral("/a.txt"), "a");
        const QString set = backUp(dir.filePath(QStringLiteral("b")),
                                   {QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QVERIFY(!set.isEmpty());
        QVERIFY(rewriteManifest(set, [](QJsonObject &manifest) {
            editItem(manifest, QStringLiteral("share"),
                     [](QJsonObject &item) { item.insert(QStringLiteral("source"), QStringLiteral("etc/share")); });
        }));
        const QString work = dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work));
        const Run refused = cli({QStringLiteral("restore"), set, QStringLiteral("--yes")});
        QDir::setCurrent(before);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("not a full path")) &&
                     refused.out.contains(QStringLiteral("--target share=PATH")),
                 qPrintable(describe(refused)));
        QVERIFY2(QDir(work).isEmpty(), qPrintable(describe(refused)));

        // The operator's own target restores it.
        const Run restored = cli({QStringLiteral("restore"), set, QStringLiteral("--target"),
                                  QStringLiteral("share=") + dir.filePath(QStringLiteral("r"))});
        QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("r/a.txt"))), QByteArray("a"));
    }

    // ESC sequences and newlines in a manifest reach the terminal as visible
    // escapes, whichever command shows them.
    void controlCharactersNeverReachTheTerminal() {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("share"));
        test::writeFile(store + QStringLiteral("/a.txt"), "a");
        const QString location = dir.filePath(QStringLiteral("b"));
        const QString set = backUp(location, {QStringLiteral("--filestore"), QStringLiteral("share=") + store});
        QVERIFY(!set.isEmpty());
        QVERIFY(QDir(store).removeRecursively());

        // A recorded source and a host name with a title-setting OSC
        // sequence, a screen clear and a forged line: restored, shown
        // escaped.
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\nshare  restored  verified");
        const QString target = store + hostile;
        QVERIFY(rewriteManifest(set, [&](QJsonObject &manifest) {
            editItem(manifest, QStringLiteral("share"),
                     [&](QJsonObject &item) { item.insert(QStringLiteral("source"), target); });
            QJsonObject host = manifest.value(QStringLiteral("host")).toObject();
            host.insert(QStringLiteral("os"), hostile);
            manifest.insert(QStringLiteral("host"), host);
        }));
        const Run restored = cli({QStringLiteral("restore"), set, QStringLiteral("--yes")});
        QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
        QCOMPARE(test::readFile(target + QStringLiteral("/a.txt")), QByteArray("a"));
        QVERIFY2(rawControls(restored.out + restored.err).isEmpty(),
                 qPrintable(rawControls(restored.out + restored.err)));
        QVERIFY2(restored.out.contains(QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J\\nshare  restored  verified")),
                 qPrintable(describe(restored)));

        // An item name with ESC and a newline: the set is refused, and the
        // refusal, which quotes the name, is escaped by every command.
        QVERIFY(rewriteManifest(set, [&](QJsonObject &manifest) {
            editItem(manifest, QStringLiteral("share"), [&](QJsonObject &item) {
                item.insert(QStringLiteral("name"), QString(QStringLiteral("share") + hostile));
            });
        }));
        const QList<QStringList> commands{{QStringLiteral("restore"), set, QStringLiteral("--yes")},
                                          {QStringLiteral("verify"), set},
                                          {QStringLiteral("check"), set},
                                          {QStringLiteral("list"), location},
                                          {QStringLiteral("catalog"), set},
                                          {QStringLiteral("drill"), set}};
        for (const QStringList &command : commands) {
            const Run run = cli(command);
            const QString output = run.out + run.err;
            QVERIFY2(rawControls(output).isEmpty(),
                     qPrintable(command.first() + QStringLiteral(": ") + rawControls(output) + describe(run)));
            QVERIFY2(!output.contains(QStringLiteral("\nshare  restored  verified")), qPrintable(describe(run)));
        }
        const Run verify = cli({QStringLiteral("verify"), set});
        QVERIFY2(verify.out.contains(QStringLiteral("share\\x1b]0;pwned\\x07")), qPrintable(describe(verify)));
    }
};

QTEST_GUILESS_MAIN(TestHostileRestore)
#include "tst_hostile_restore.moc"
