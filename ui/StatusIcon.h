#pragma once
// The few status icons every page uses (SVG, sharp at any scale).

#include <QIcon>

namespace lbw::ui {

enum class StatusKind { Ok, Warning, Failed, Pending, Running, NotNeeded };
QIcon statusIcon(StatusKind kind);

}  // namespace lbw::ui
