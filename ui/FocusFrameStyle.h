#pragma once
// The platform's style, plus a visible focus frame where Fusion draws none:
// on command links (the start page's tasks), and on push buttons, whose
// focus Fusion paints exactly like the default button's. An operator who
// works by keyboard must always see where Tab has gone.

#include <QProxyStyle>

class QApplication;

namespace lbw::ui {

class FocusFrameStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
};

// Both wizards' programs (and their tests) call this once, after the
// QApplication exists.
void installFocusFrameStyle(QApplication &app);

}  // namespace lbw::ui
