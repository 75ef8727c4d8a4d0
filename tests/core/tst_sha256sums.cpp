// SHA256SUMS must be readable by GNU sha256sum -c, including the escaped
// form for names with a backslash or a newline, and parse back exactly.
#include "backupset/Sha256Sums.h"
#include "util/Sha256.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

class TestSha256Sums : public QObject {
    Q_OBJECT
private slots:
    void digestMatchesKnownVector() {
        Sha256 hash;
        hash.update("abc", 3);
        QCOMPARE(hash.finalHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void roundTripsAndSha256sumAccepts_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("filestores/fs/plain.txt");
        QTest::newRow("accents and spaces") << QStringLiteral("filestores/fs/reunião/conteúdo final.pptx");
        QTest::newRow("backslash") << QStringLiteral("filestores/fs/back\\slash.txt");
        QTest::newRow("newline") << QStringLiteral("filestores/fs/new\nline.txt");
        QTest::newRow("leading space") << QStringLiteral("filestores/fs/ leading.txt");
    }
    void roundTripsAndSha256sumAccepts() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QByteArray contents = test::randomBytes(1000, 7);
        test::writeFile(dir.filePath(name), contents);
        Result<QByteArray> digest = sha256OfFile(dir.filePath(name));
        QVERIFY(digest.ok());

        FileEntry entry;
        entry.path = name;
        entry.sha256 = *digest;
        const QByteArray sums = formatSha256Sums({entry});
        test::writeFile(dir.filePath(QStringLiteral("SHA256SUMS")), sums);

        QByteArray output;
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")},
                                  &output, dir.path()),
                 0);
        Result<QList<SumLine>> parsed = parseSha256Sums(sums);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().path, name);
        QCOMPARE(parsed->first().sha256, *digest);

        // And the file our format describes is the one sha256sum computes.
        QByteArray own;
        QCOMPARE(test::runProgram(QStringLiteral("sha256sum"), {QStringLiteral("--"), name}, &own, dir.path()), 0);
        QVERIFY(own.contains(*digest));
    }

    void rejectsMalformedLines() {
        QVERIFY(!parseSha256Sums("not a sums line\n").ok());
        QVERIFY(!parseSha256Sums(QByteArray(64, 'g') + "  name\n").ok());
        QVERIFY(!parseSha256Sums(QByteArray(64, 'a') + " name\n").ok());
        QVERIFY(parseSha256Sums(QByteArray(64, 'a') + " *binary-mode\n").ok());
    }

    void skipsFoldersAndLinks() {
        FileEntry dir;
        dir.path = QStringLiteral("filestores/fs/d");
        dir.type = FileEntry::Type::Directory;
        FileEntry link;
        link.path = QStringLiteral("filestores/fs/l");
        link.type = FileEntry::Type::Symlink;
        QVERIFY(formatSha256Sums({dir, link}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSha256Sums)
#include "tst_sha256sums.moc"
