// Nothing the wizard shows is cut off, and all of it can be worked from the
// keyboard. The window is 1024x768 (an old server console; at 200% scale a
// 2048x1536 screen, see CMakeLists.txt), the language is LBW_LANGUAGE's, and
// every page of a real backup of the sample deployment is measured with Qt's
// own size hints (what QLabel, the buttons, the item delegates and the
// headers need to paint their text without eliding it) against the room the
// layouts gave them. The keyboard is checked on the same pages: every Tab
// stop has a name for a screen reader and shows its focus, and no two
// mnemonics of a page (the wizard's own buttons included) share a letter.
// Every problem of every page is listed at the end, so one run shows them all.
#include "BackupWizard.h"
#include "FocusFrameStyle.h"
#include "HistoryDialog.h"
#include "verify/VerifyDialog.h"
#include "WizardModel.h"
#include "common/Translations.h"
#include "pages/DeploymentPage.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <utility>

using namespace lbw;
using namespace lbw::ui;

namespace {

// The measurements Qt's views and headers paint with are protected; these
// expose them (the member pointers stay virtual).
struct ViewAccess : QTreeView {
    using QTreeView::initViewItemOption;
};
struct HeaderAccess : QHeaderView {
    using QHeaderView::sectionSizeFromContents;
};

QString language() {
    return qEnvironmentVariable("LBW_LANGUAGE", QStringLiteral("en"));
}

QString scaleName() {
    return qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")) == QLatin1String("2") ? QStringLiteral("200%")
                                                                                              : QStringLiteral("100%");
}

// "&Save" -> 's'; "&&" is an ampersand, not a mnemonic.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString quoted(QString text) {
    text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    if (text.size() > 90)
        text = text.left(87) + QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString nameOf(const QWidget *widget) {
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
        name += QLatin1Char('#') + widget->objectName();
    return name;
}

// Scrolled content is not cut off: clipping stops at a scroll area's viewport.
bool isViewport(const QWidget *widget) {
    const auto *area =
        widget->parentWidget() ? qobject_cast<const QAbstractScrollArea *>(widget->parentWidget()) : nullptr;
    return area && area->viewport() == widget;
}

class PageInspector {
public:
    PageInspector(QWidget *window, QWidget *page, QList<QAbstractButton *> windowButtons, QString pageName)
        : m_window(window), m_page(page), m_windowButtons(std::move(windowButtons)), m_name(std::move(pageName)) {}

    QStringList run() {
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            checkClipped(widget);
            if (auto *label = qobject_cast<QLabel *>(widget))
                checkLabel(label);
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                checkButton(button);
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                checkGroupBox(box);
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                checkPlaceholder(edit);
            else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
                checkMinimum(spin, spin->text());
            else if (auto *combo = qobject_cast<QComboBox *>(widget))
                checkMinimum(combo, combo->currentText());
            else if (auto *tree = qobject_cast<QTreeView *>(widget))
                checkTree(tree);
        }
        checkNames();
        checkMnemonics();
        checkFocusShows();
        return m_problems;
    }

private:
    void cut(const QWidget *widget, const QString &text, const QString &what) {
        m_problems << QStringLiteral("[cut off] %1 %2: %3").arg(nameOf(widget), quoted(text), what);
    }
    void keys(const QWidget *widget, const QString &what) {
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = QLatin1Char(' ') + quoted(button->text());
        m_problems << QStringLiteral("[keyboard] %1%2: %3").arg(nameOf(widget), text, what);
    }

    static QString textOf(const QWidget *widget) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            return label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            return button->text();
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            return box->title();
        return {};
    }

    // A widget that sticks out of its parent (a layout squeezed below its
    // minimum, a window too small for its pages) is cut off whatever its size hint.
    void checkClipped(QWidget *widget) {
        if (textOf(widget).isEmpty() && !qobject_cast<QAbstractItemView *>(widget) &&
            !qobject_cast<QLineEdit *>(widget))
            return;
        QRect visible = widget->rect();
        for (QWidget *child = widget; child != m_window && child->parentWidget(); child = child->parentWidget()) {
            if (isViewport(child->parentWidget()))
                break;
            visible = visible.translated(child->pos()) & child->parentWidget()->rect();
            visible.translate(-child->pos());
            if (visible.size() != widget->size()) {
                cut(widget, textOf(widget),
                    QStringLiteral("%1x%2 px of it lie outside %3 (only %4x%5 px show)")
                        .arg(widget->width())
                        .arg(widget->height())
                        .arg(nameOf(child->parentWidget()))
                        .arg(visible.width())
                        .arg(visible.height()));
                return;
            }
        }
    }

    // QLabel measures its text (rich or plain, margins and indent included)
    // for its size hints: a word-wrapped label needs its longest word across
    // and heightForWidth() down; any other label its whole text.
    void checkLabel(QLabel *label) {
        if (label->text().isEmpty())
            return;
        // A scrolled label may be taller than what shows: the scroll bar says there is more.
        const bool scrolled = label->parentWidget() && isViewport(label->parentWidget());
        const QSize have = label->size();
        if (label->wordWrap()) {
            const int word = label->minimumSizeHint().width();
            if (word > have.width())
                cut(label, label->text(),
                    QStringLiteral("its longest word needs %1 px across, the label is %2 px wide")
                        .arg(word)
                        .arg(have.width()));
            const int height = label->heightForWidth(have.width());
            if (height > have.height() && !scrolled)
                cut(label, label->text(),
                    QStringLiteral("wrapped to %1 px it needs %2 px of height, has %3 px")
                        .arg(have.width())
                        .arg(height)
                        .arg(have.height()));
        } else {
            const QSize need = label->sizeHint();
            if (need.width() > have.width())
                cut(label, label->text(),
                    QStringLiteral("needs %1 px across, has %2 px (not word-wrapped)")
                        .arg(need.width())
                        .arg(have.width()));
            if (need.height() > have.height() && !scrolled)
                cut(label, label->text(),
                    QStringLiteral("needs %1 px of height, has %2 px").arg(need.height()).arg(have.height()));
        }
    }

    void checkButton(QAbstractButton *button) {
        if (button->text().isEmpty())
            return;
        QSize need = button->sizeHint();
        // A command link wraps its description under the title.
        if (auto *link = qobject_cast<QCommandLinkButton *>(button))
            need.setHeight(link->heightForWidth(button->width()));
        if (need.width() > button->width())
            cut(button, button->text(),
                QStringLiteral("needs %1 px across, has %2 px").arg(need.width()).arg(button->width()));
        if (need.height() > button->height())
            cut(button, button->text(),
                QStringLiteral("needs %1 px of height, has %2 px").arg(need.height()).arg(button->height()));
    }

    void checkGroupBox(QGroupBox *box) {
        if (box->title().isEmpty())
            return;
        const int need = box->minimumSizeHint().width();
        if (need > box->width())
            cut(box, box->title(), QStringLiteral("needs %1 px across, has %2 px").arg(need).arg(box->width()));
    }

    // QLineEdit elides its placeholder to the text area (frame, text margins
    // and QLineEdit's 2 px on each side).
    void checkPlaceholder(QLineEdit *edit) {
        if (edit->placeholderText().isEmpty())
            return;
        const int frame =
            edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
        const QMargins margins = edit->textMargins() + edit->contentsMargins();
        const int have = edit->width() - 2 * frame - margins.left() - margins.right() - 2 * 2;
        const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (need > have)
            cut(edit, edit->placeholderText(),
                QStringLiteral("placeholder needs %1 px across, has %2 px").arg(need).arg(have));
    }

    void checkMinimum(QWidget *field, const QString &text) {
        const int need = field->minimumSizeHint().width();
        if (need > field->width())
            cut(field, text, QStringLiteral("needs %1 px across, has %2 px").arg(need).arg(field->width()));
    }

    // Each cell as its delegate paints it (icon, check box, margins, and the
    // wrapped height when the view wraps) against the cell's visible part:
    // text only readable by scrolling sideways is cut off too.
    void checkTree(QTreeView *view) {
        const QHeaderView *header = view->header();
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const int viewportWidth = view->viewport()->width();
        auto columnName = [&](int column) { return model->headerData(column, Qt::Horizontal).toString(); };
        int reported = 0;
        int unreported = 0;
        auto report = [&](const QString &text, const QString &what) {
            if (reported++ < 12)
                cut(view, text, what);
            else
                ++unreported;
        };
        if (!header->isHidden()) {
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const int need = (header->*(&HeaderAccess::sectionSizeFromContents))(column).width();
                const int x = header->sectionViewportPosition(column);
                const int have = qMin(header->sectionSize(column), viewportWidth - x);
                if (need > have)
                    report(columnName(column),
                           QStringLiteral("header section needs %1 px, shows %2 px").arg(need).arg(have));
            }
        }
        QStyleOptionViewItem base;
        (view->*(&ViewAccess::initViewItemOption))(&base);
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                if (view->isRowHidden(row, parent))
                    continue;
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    if (header->isSectionHidden(column) || (column > 0 && view->isFirstColumnSpanned(row, parent)))
                        continue;
                    const QModelIndex index = model->index(row, column, parent);
                    const QString text = index.data(Qt::DisplayRole).toString();
                    const QRect rect = view->visualRect(index);
                    if (text.isEmpty() || rect.isEmpty())
                        continue;
                    QStyleOptionViewItem option = base;
                    option.rect = rect;
                    const QSize need = view->itemDelegateForIndex(index)->sizeHint(option, index);
                    const int have = qMin(rect.width(), viewportWidth - rect.x());
                    if (need.width() > have)
                        report(text, QStringLiteral("cell in column %1 needs %2 px, shows %3 px")
                                         .arg(quoted(columnName(column)))
                                         .arg(need.width())
                                         .arg(have));
                    else if (need.height() > rect.height())
                        report(text, QStringLiteral("cell in column %1 needs %2 px of height, has %3 px")
                                         .arg(quoted(columnName(column)))
                                         .arg(need.height())
                                         .arg(rect.height()));
                }
                const QModelIndex first = model->index(row, 0, parent);
                if (model->hasChildren(first) && view->isExpanded(first))
                    walk(first);
            }
        };
        walk(QModelIndex());
        if (unreported > 0)
            cut(view, QString(), QStringLiteral("and %1 more cells cut off").arg(unreported));
    }

    // What the keyboard reaches: the page's widgets and the window's own buttons.
    QList<QWidget *> keyboardWidgets() const {
        QList<QWidget *> widgets;
        for (QWidget *widget : m_page->findChildren<QWidget *>())
            if (widget->isVisible())
                widgets << widget;
        for (QAbstractButton *button : m_windowButtons)
            if (button->isVisible())
                widgets << button;
        return widgets;
    }

    static bool isTabStop(const QWidget *widget) {
        return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
               !widget->focusProxy() && !qobject_cast<const QScrollBar *>(widget);
    }

    // A screen reader names a button by its text; anything else needs an
    // accessible name or a label whose buddy it is. Progress bars are read
    // out too, though they take no focus.
    void checkNames() {
        QSet<const QWidget *> labelled;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->buddy())
                labelled << label->buddy();
        for (QWidget *widget : keyboardWidgets()) {
            if (!isTabStop(widget) && !(qobject_cast<QProgressBar *>(widget) && widget->isVisible()))
                continue;
            if (const auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
                continue;
            if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
                continue;
            keys(widget, QStringLiteral("no accessible name and no label (setAccessibleName or QLabel::setBuddy)"));
        }
    }

    // Buttons, check boxes, radio buttons and labelled fields each have a
    // letter of their own. Exceptions, as in Windows: Cancel and Close (Esc
    // is their key), group box titles, and the seven weekday boxes (QLocale's names; Tab reaches them from
    // "on these days").
    void checkMnemonics() {
        QMap<QChar, QStringList> owners;
        auto *wizard = qobject_cast<QWizard *>(m_window);
        for (QWidget *widget : keyboardWidgets()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (!label->buddy())
                    continue;
                text = label->text();
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                text = button->text();
            } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
                text = box->title();
            }
            if (text.isEmpty())
                continue;
            const QChar letter = mnemonicOf(text);
            if (letter.isNull()) {
                const auto *box = qobject_cast<QDialogButtonBox *>(widget->parentWidget());
                const bool escapes =
                    (wizard && widget == wizard->button(QWizard::CancelButton)) ||
                    (box && box->buttonRole(static_cast<QAbstractButton *>(widget)) == QDialogButtonBox::RejectRole);
                const bool exempt = escapes || widget->objectName().startsWith(QLatin1String("day")) ||
                                    qobject_cast<QGroupBox *>(widget);
                if (!exempt)
                    keys(widget, QStringLiteral("no mnemonic (&)"));
                continue;
            }
            owners[letter] << nameOf(widget) + QLatin1Char(' ') + quoted(text);
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1)
                m_problems << QStringLiteral("[keyboard] Alt+%1 is shared by %2")
                                  .arg(it.key().toUpper(), it.value().join(QStringLiteral(" and ")));
    }

    // Tab from stop to stop, as an operator would: each stop must look
    // different focused and unfocused (a focus frame, a highlighted border).
    void checkFocusShows() {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window)) {
            m_problems << QStringLiteral("[keyboard] the window never became active; focus not checked");
            return;
        }
        QWidget *first = nullptr;
        for (QWidget *widget : keyboardWidgets())
            if (isTabStop(widget)) {
                first = widget;
                break;
            }
        if (!first)
            return;
        first->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> seen;
        for (int step = 0; step < 100; ++step) {
            QWidget *focused = QApplication::focusWidget();
            if (!focused || seen.contains(focused))
                break;
            seen << focused;
            const QImage withFocus = focused->grab().toImage();
            QTest::keyClick(focused, Qt::Key_Tab);
            // A time field tabs through its sections (hours, minutes) first.
            for (int section = 0;
                 section < 4 && QApplication::focusWidget() == focused && qobject_cast<QAbstractSpinBox *>(focused);
                 ++section)
                QTest::keyClick(focused, Qt::Key_Tab);
            QWidget *next = QApplication::focusWidget();
            if (next == focused) {
                keys(focused, QStringLiteral("keeps the focus on Tab"));
                break;
            }
            if (withFocus == focused->grab().toImage())
                keys(focused, QStringLiteral("a Tab stop that does not show its focus"));
        }
    }

    QWidget *m_window;
    QWidget *m_page;
    QList<QAbstractButton *> m_windowButtons;
    QString m_name;
    QStringList m_problems;
};

QList<QAbstractButton *> wizardButtons(QWizard &wizard) {
    QList<QAbstractButton *> buttons;
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton})
        buttons << wizard.button(which);
    return buttons;
}

void clickNext(QWizard &wizard) {
    QAbstractButton *next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && next->isVisible(), 10000);
    next->click();
}

}  // namespace

class TestWizardLayout : public QObject {
    Q_OBJECT
private:
    // Measures the window as it is now; the problems are kept for the end.
    void inspect(QWidget &window, QWidget *page, const QList<QAbstractButton *> &buttons, const QString &name) {
        QTest::qWait(100);  // queued layout requests and updates
        const QString where = QStringLiteral("%1 %2 %3").arg(language(), scaleName(), name);
        if (const QString dir = qEnvironmentVariable("LBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(
                QStringLiteral("%1/layout-%2-%3-%4.png").arg(dir, language(), scaleName().chopped(1), name));
        }
        const QStringList found = PageInspector(&window, page, buttons, name).run();
        qInfo("%s: %lld problem(s)", qPrintable(where), qlonglong(found.size()));
        for (const QString &problem : found)
            m_problems << where + QStringLiteral(": ") + problem;
    }

    QStringList m_problems;

private slots:
    void everyPageFitsAndWorksFromTheKeyboard() {
        QTemporaryDir dir;
        BackupWizard wizard;
        // The page's words as the pages say them, in the run's language.
        const QString checking = QCoreApplication::translate("lbw::ui::ItemsPage", "checking…");
        wizard.resize(1024, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::qWait(200);
        if (wizard.size() != QSize(1024, 768))
            m_problems << QStringLiteral("%1 %2: the window cannot be 1024x768: it is %3x%4 (minimum %5x%6)")
                              .arg(language(), scaleName())
                              .arg(wizard.width())
                              .arg(wizard.height())
                              .arg(wizard.minimumSizeHint().width())
                              .arg(wizard.minimumSizeHint().height());
        const QList<QAbstractButton *> buttons = wizardButtons(wizard);
        auto page = [&](const QString &name) { inspect(wizard, wizard.currentPage(), buttons, name); };

        page(QStringLiteral("1-start"));
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
        QCOMPARE(wizard.currentId(), int(BackupWizard::DeploymentPageId));
        static_cast<DeploymentPage *>(wizard.currentPage())->openSample(dir.filePath(QStringLiteral("sample")));
        QVERIFY(!wizard.model()->offeredItems().isEmpty());
        page(QStringLiteral("2-deployment"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::LocationPageId));
        const QString location = dir.filePath(QStringLiteral("backups"));
        wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))->setText(location);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        page(QStringLiteral("3-location"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ItemsPageId));
        auto *items = wizard.currentPage()->findChild<QTreeWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(items->findItems(checking, Qt::MatchExactly | Qt::MatchRecursive, 2).isEmpty(), 15000);
        page(QStringLiteral("4-items"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::SummaryPageId));
        page(QStringLiteral("5-summary"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::SchedulePageId));
        page(QStringLiteral("6-schedule"));
        // Every control enabled (chosen days, old sets removed), then back
        // to "only now": this run installs no schedule.
        wizard.findChild<QRadioButton *>(QStringLiteral("scheduleWeekdays"))->setChecked(true);
        wizard.findChild<QCheckBox *>(QStringLiteral("retention"))->setChecked(true);
        page(QStringLiteral("6b-schedule-weekdays"));
        wizard.findChild<QCheckBox *>(QStringLiteral("retention"))->setChecked(false);
        wizard.findChild<QRadioButton *>(QStringLiteral("scheduleOnce"))->setChecked(true);
        wizard.findChild<QCheckBox *>(QStringLiteral("savePlan"))->setChecked(false);

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        page(QStringLiteral("7-progress"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::FinishedPageId));
        QVERIFY(wizard.model()->lastReport);
        page(QStringLiteral("8-finished"));

        // The history of the location just written, at the size it opens with.
        HistoryDialog history(location, &wizard);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        auto *runs = history.findChild<QTreeWidget *>(QStringLiteral("historyRuns"));
        QTRY_COMPARE_WITH_TIMEOUT(runs->topLevelItemCount(), 1, 10000);
        inspect(history, &history, {}, QStringLiteral("9-history"));
        history.close();

        // Verify a backup: the same location, its set verified.
        VerifyDialog verify(location, &wizard);
        QSignalSpy verifyEnded(&verify, &VerifyDialog::verificationEnded);
        verify.show();
        QVERIFY(QTest::qWaitForWindowExposed(&verify));
        auto *sets = verify.findChild<QTreeWidget *>(QStringLiteral("verifySets"));
        QTRY_COMPARE_WITH_TIMEOUT(sets->topLevelItemCount(), 1, 10000);
        verify.findChild<QPushButton *>(QStringLiteral("verifyStart"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(verifyEnded.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(sets->topLevelItemCount() == 1 && sets->isEnabled(), 10000);
        inspect(verify, &verify, {}, QStringLiteral("10-verify"));
        verify.close();

        verdict();
    }

    // A real deployment's topology names pools and servers by their FQDNs
    // and groups the items by pool: the deployment and items pages again,
    // with its longer names (nothing runs: no PowerShell, no SQL Server here).
    void topologyPagesFit() {
        QTemporaryDir dir;
        BackupWizard wizard;
        wizard.resize(1024, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QList<QAbstractButton *> buttons = wizardButtons(wizard);
        auto page = [&](const QString &name) { inspect(wizard, wizard.currentPage(), buttons, name); };
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
        static_cast<DeploymentPage *>(wizard.currentPage())
            ->openTopologyFile(QStringLiteral(LBW_TEST_DATA "/topology-ee.xml"));
        QVERIFY(wizard.model()->topology().has_value());
        page(QStringLiteral("2t-deployment-topology"));
        clickNext(wizard);
        wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))->setText(dir.filePath(QStringLiteral("backups")));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ItemsPageId));
        const QString checking = QCoreApplication::translate("lbw::ui::ItemsPage", "checking…");
        auto *items = wizard.currentPage()->findChild<QTreeWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(items->findItems(checking, Qt::MatchExactly | Qt::MatchRecursive, 2).isEmpty(), 15000);
        page(QStringLiteral("4t-items-topology"));
        verdict();
    }

private:
    // Each test's problems, one line each (QtTest cuts a long failure
    // message short), then its verdict.
    void verdict() {
        const QStringList problems = std::exchange(m_problems, {});
        for (const QString &problem : problems)
            qInfo().noquote() << "PROBLEM" << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2 at %3, listed above as PROBLEM")
                                                    .arg(problems.size())
                                                    .arg(language(), scaleName())));
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard-layout-test"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();  // no window geometry or location left from an earlier run
    lbw::installTranslations(app);
    lbw::ui::installFocusFrameStyle(app);
    TestWizardLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_layout.moc"
