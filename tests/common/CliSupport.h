#pragma once
// lync-backup run as a real process, for the suites that test the program as
// an administrator runs it. The program's path comes from the LBW_CLI_PATH
// compile definition of the test target that compiles CliSupport.cpp.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lbw::test {

struct Run {
    int exitCode = -1;  // -1: did not start, crashed or timed out
    QString out;
    QString err;
    // The program prints the path it made (a set, a plan) last.
    QString lastLine() const;
};

QString cliPath();
// Starts lync-backup without waiting, for a test that kills it mid-run. A
// `prefix` (setpriv …, unshare …) runs it as another user or on another host:
// the command is prefix + cliPath() + args. The environment is the caller's.
void startCli(QProcess &process, const QStringList &args, const QStringList &prefix = {});
// Runs lync-backup to completion (5 minutes at most).
Run cli(const QStringList &args, const QStringList &prefix = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
// Exit code and both outputs, for a failure message.
QString describe(const Run &run);

}  // namespace lbw::test
