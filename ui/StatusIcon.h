#pragma once
// The few status icons every page uses (SVG, sharp at any scale).

#include "backupset/Manifest.h"

#include <QIcon>

namespace lbw::ui {

enum class StatusKind { Ok, Warning, Failed, Pending, Running, NotNeeded, Cancelled };
QIcon statusIcon(StatusKind kind);

// How an item of a backup ended, as an icon: a cancel is not an error.
StatusKind statusKindOf(ItemStatus status);

}  // namespace lbw::ui
