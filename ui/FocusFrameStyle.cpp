#include "FocusFrameStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace lbw::ui {

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_PushButton || !(option->state & State_HasFocus))
        return;
    // A dotted frame inside the button, in the highlight colour: it reads
    // as focus on a flat command link and beside a default button's outline.
    painter->save();
    QPen pen(option->palette.color(QPalette::Highlight), 1, Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(3, 3, -4, -4));
    painter->restore();
}

void installFocusFrameStyle(QApplication &app) {
    app.setStyle(new FocusFrameStyle(app.style()->name()));
}

}  // namespace lbw::ui
