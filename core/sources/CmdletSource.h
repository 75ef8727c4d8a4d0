#pragma once
// A cmdlet export (Export-CsConfiguration, Export-CsUserData, ...) run as an
// external command whose output file lands in exports/ of the set. The
// command line is a template in the plan (the defaults follow the Lync
// documents); the output file path and $backup reach it through the
// environment (LBW_OUTPUT_FILE, LBW_BACKUP), and {file} / {backup} in an
// argument are replaced too. The matching Import-Cs* command is recorded
// for the recovery.
//
// Plan options: command (array: program and arguments), import (text),
// output (file name), timeoutSeconds, probe (array: a command that must
// succeed before the run, e.g. checking that the Lync module is installed).

#include "sources/Source.h"

namespace lbw {

class CmdletSource final : public Source {
public:
    using Source::Source;

    Status checkReady() const override;
    Result<SourceEstimate> estimate() override;
    SourceOutput backup(SourceContext &context) override;

    Status checkTargetIsClean(const QString &target) const override;
    Result<QStringList> restore(RestoreContext &context) override;
    QString restoredPath(const ManifestItem &item, const FileEntry &file, const QString &target) const override;

private:
    QStringList commandLine() const;
    QString outputName() const;
    // Export-CsConfiguration, Export-CsUserData and Export-CsRgsConfiguration
    // write ZIP files (plan option "format": "zip", or the cmdlet in the command).
    bool expectsZip() const;
};

}  // namespace lbw
