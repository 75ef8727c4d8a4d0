#pragma once
// Small helpers shared by the test suites: real files in real folders.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace lbw::test {

void writeFile(const QString &path, const QByteArray &contents);  // creates parent folders
QByteArray readFile(const QString &path);
QByteArray randomBytes(qint64 size, quint32 seed);
// Runs a program to completion; returns its exit code (-1 if it did not start).
int runProgram(const QString &program, const QStringList &args, QByteArray *out = nullptr,
               const QString &workingDir = {}, int timeoutMs = 120000);
// Every regular file below `root`, relative paths, sorted.
QStringList filesBelow(const QString &root);
// A Windows command line split by CommandLineToArgvW's rules: checks that
// arguments written for the Task Scheduler come back as they were given.
QStringList splitWindowsCommandLine(const QString &line);

// A real tmpfs mounted at `path` (created) with mount `options` ("size=80m",
// "ro,size=1m"): a file system that truly fills up or refuses writes,
// unmounted when the object goes. Null when this process may not mount
// (not root, no permission): the test then skips.
class MountedTmpfs {
public:
    static std::unique_ptr<MountedTmpfs> mount(const QString &path, const QString &options);
    ~MountedTmpfs();
    MountedTmpfs(const MountedTmpfs &) = delete;
    MountedTmpfs &operator=(const MountedTmpfs &) = delete;

private:
    explicit MountedTmpfs(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

}  // namespace lbw::test
