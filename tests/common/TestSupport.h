#pragma once
// Small helpers shared by the test suites: real files in real folders.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lbw::test {

void writeFile(const QString &path, const QByteArray &contents);  // creates parent folders
QByteArray readFile(const QString &path);
QByteArray randomBytes(qint64 size, quint32 seed);
// Runs a program to completion; returns its exit code (-1 if it did not start).
int runProgram(const QString &program, const QStringList &args, QByteArray *out = nullptr,
               const QString &workingDir = {}, int timeoutMs = 120000);
// Every regular file below `root`, relative paths, sorted.
QStringList filesBelow(const QString &root);

}  // namespace lbw::test
