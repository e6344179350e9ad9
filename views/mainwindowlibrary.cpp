#include "mainwindow.h"

#include "variablegroupmodels.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

void MainWindow::addLibraryPage(VariableGroupListModel &groups, LibraryActions actions) {
    m_libraryPage = new LibraryPage(groups, std::move(actions), this);
    connect(m_libraryPage, &LibraryPage::openPipeline, this, &MainWindow::selectPipeline);
    m_pages->addWidget(m_libraryPage);
    // An entry like "Approvals" above the pipelines, below the other pages' entries.
    m_libraryButton = new QPushButton(tr("Library"), this);
    m_libraryButton->setObjectName(QStringLiteral("libraryButton"));
    m_libraryButton->setToolTip(tr("Variable groups that pipelines and stages link"));
    m_libraryButton->setAccessibleName(tr("Library"));
    m_libraryButton->setFlat(true);
    m_libraryButton->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    connect(m_libraryButton, &QPushButton::clicked, this, &MainWindow::showLibrary);
    if (auto *navigation = qobject_cast<QVBoxLayout *>(m_tree->parentWidget()->layout()))
        navigation->insertWidget(navigation->indexOf(m_tree), m_libraryButton);
}

void MainWindow::showLibrary() {
    if (!m_libraryPage)
        return;
    m_libraryPage->refresh();
    m_tree->clearSelection();
    m_pages->setCurrentWidget(m_libraryPage);
}

} // namespace slipway
