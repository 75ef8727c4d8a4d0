#include "TreeRows.h"

#include <QHeaderView>
#include <QStyle>
#include <QTextLayout>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace lbw::ui {
namespace {

// The text's size when laid out as the item view paints it: at word
// boundaries, or anywhere inside a word longer than the line (a path).
QSize wrappedTextSize(const QString &text, const QFont &font, int width) {
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return QSize(qCeil(widest), qCeil(height));
}

}  // namespace

void fitRowsToWrappedText(QTreeWidget *tree, int column) {
    // The text's room: the column less the item's margins on both sides.
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int width = tree->header()->sectionSize(column) - 2 * margin;
    if (width <= 0)
        return;
    // Setting a row's size can make the view resize its columns, which calls
    // this again: fit once per width, and never from inside a fit.
    const QByteArray fitting = "lbwFittingRows" + QByteArray::number(column);
    if (tree->property(fitting.constData()).toBool())
        return;
    tree->setProperty(fitting.constData(), true);
    const int iconHeight = tree->iconSize().isValid() ? tree->iconSize().height() : 16;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *row = *it;
        const QString text = row->text(column);
        if (text.isEmpty()) {
            row->setData(column, Qt::SizeHintRole, QVariant());
            continue;
        }
        const QSize needed = wrappedTextSize(text, tree->font(), width);
        const QSize hint(needed.width() + 2 * margin, qMax(needed.height(), iconHeight) + 2 * margin);
        if (row->sizeHint(column) != hint)
            row->setSizeHint(column, hint);
    }
    tree->setProperty(fitting.constData(), false);
}

void keepRowsFittedToWrappedText(QTreeWidget *tree, int column) {
    tree->setWordWrap(true);
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree, [tree, column](int resized) {
        if (resized == column)
            fitRowsToWrappedText(tree, column);
    });
}

}  // namespace lbw::ui
