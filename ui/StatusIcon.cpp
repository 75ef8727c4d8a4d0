#include "StatusIcon.h"

namespace lbw::ui {

QIcon statusIcon(StatusKind kind) {
    switch (kind) {
        case StatusKind::Ok:
            return QIcon(QStringLiteral(":/icons/status-ok.svg"));
        case StatusKind::Warning:
            return QIcon(QStringLiteral(":/icons/status-warning.svg"));
        case StatusKind::Failed:
            return QIcon(QStringLiteral(":/icons/status-failed.svg"));
        case StatusKind::Running:
            return QIcon(QStringLiteral(":/icons/status-running.svg"));
        case StatusKind::NotNeeded:
            return QIcon(QStringLiteral(":/icons/status-skipped.svg"));
        case StatusKind::Pending:
            break;
    }
    return QIcon(QStringLiteral(":/icons/status-pending.svg"));
}

}  // namespace lbw::ui
