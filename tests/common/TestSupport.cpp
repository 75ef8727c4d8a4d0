#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <random>

#include <unistd.h>

namespace lbw::test {

void writeFile(const QString &path, const QByteArray &contents) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray randomBytes(qint64 size, quint32 seed) {
    std::mt19937_64 generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        const quint64 word = generator();
        memcpy(data.data() + i, &word, 8);
    }
    for (; i < size; ++i)
        data[i] = char(generator());
    return data;
}

int runProgram(const QString &program, const QStringList &args, QByteArray *out, const QString &workingDir,
               int timeoutMs) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return -1;
    process.waitForFinished(timeoutMs);
    if (out)
        *out = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList filesBelow(const QString &root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

std::unique_ptr<MountedTmpfs> MountedTmpfs::mount(const QString &path, const QString &options) {
    QDir().mkpath(path);
    if (::geteuid() != 0 ||
        runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             options, QStringLiteral("tmpfs"), path}) != 0)
        return nullptr;
    return std::unique_ptr<MountedTmpfs>(new MountedTmpfs(path));
}

MountedTmpfs::~MountedTmpfs() {
    runProgram(QStringLiteral("umount"), {m_path});
}

QStringList splitWindowsCommandLine(const QString &line) {
    QStringList words;
    QString word;
    bool inQuotes = false;
    bool any = false;
    int backslashes = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            any = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            word += QString(backslashes / 2, QLatin1Char('\\'));
            if (backslashes % 2)
                word += c;
            else
                inQuotes = !inQuotes;
            backslashes = 0;
            any = true;
            continue;
        }
        word += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        if (c == QLatin1Char(' ') && !inQuotes) {
            if (any)
                words << word;
            word.clear();
            any = false;
            continue;
        }
        word += c;
        any = true;
    }
    word += QString(backslashes, QLatin1Char('\\'));
    if (any)
        words << word;
    return words;
}

}  // namespace lbw::test
