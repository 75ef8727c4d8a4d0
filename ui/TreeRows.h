#pragma once
// Wrapped text in a tree: the view paints a long cell (an error, a path) on
// several lines but does not make its row taller by itself, so the end of
// the text would be cut off. These size each row for its wrapped cell.

class QTreeWidget;

namespace lbw::ui {

// Turns on word wrap and keeps every row as tall as the text of `column`
// needs at the column's width, now and whenever that width changes. Call
// fitRowsToWrappedText after filling the tree.
void keepRowsFittedToWrappedText(QTreeWidget *tree, int column);
void fitRowsToWrappedText(QTreeWidget *tree, int column);

}  // namespace lbw::ui
