#include "CliSupport.h"

namespace lbw::test {

QString Run::lastLine() const {
    return out.trimmed().section(QLatin1Char('\n'), -1);
}

QString cliPath() {
    return QStringLiteral(LBW_CLI_PATH);
}

void startCli(QProcess &process, const QStringList &args, const QStringList &prefix) {
    if (prefix.isEmpty())
        process.start(cliPath(), args);
    else
        process.start(prefix.first(), prefix.mid(1) + QStringList{cliPath()} + args);
}

Run cli(const QStringList &args, const QStringList &prefix, const QProcessEnvironment &environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    startCli(process, args, prefix);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run) {
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

}  // namespace lbw::test
