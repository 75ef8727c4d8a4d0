#pragma once
// The icon of a recovery step's state, the same on the steps and summary pages.

#include "StatusIcon.h"
#include "recovery/RecoveryJournal.h"

namespace lbw::ui {

inline StatusKind stepStatusKind(StepState::State state) {
    switch (state) {
        case StepState::State::Done:
            return StatusKind::Ok;
        case StepState::State::Skipped:
            return StatusKind::NotNeeded;
        case StepState::State::Running:  // in the journal while nothing runs: interrupted
            return StatusKind::Warning;
        case StepState::State::Failed:
            return StatusKind::Failed;
        case StepState::State::Pending:
            break;
    }
    return StatusKind::Pending;
}

}  // namespace lbw::ui
