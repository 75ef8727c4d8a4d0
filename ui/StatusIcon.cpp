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
        case StatusKind::Cancelled:
            return QIcon(QStringLiteral(":/icons/status-cancelled.svg"));
        case StatusKind::Pending:
            break;
    }
    return QIcon(QStringLiteral(":/icons/status-pending.svg"));
}

StatusKind statusKindOf(ItemStatus status) {
    switch (status) {
        case ItemStatus::Ok:
            return StatusKind::Ok;
        case ItemStatus::CompletedWithErrors:
            return StatusKind::Warning;
        case ItemStatus::Cancelled:
            return StatusKind::Cancelled;
        case ItemStatus::Failed:
            break;
    }
    return StatusKind::Failed;
}

}  // namespace lbw::ui
