#include "handbookdialog.h"

#include "localisation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace EdxLoader {

HandbookDialog::HandbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("handbookDialog"));
    setWindowTitle(tr("EdxLoader Handbook"));
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

void HandbookDialog::changeEvent(QEvent *event)
{
    // The other language's handbook, at the same section.
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("EdxLoader Handbook"));
        showSection(m_section);
    }
    QDialog::changeEvent(event);
}

HandbookDialog *HandbookDialog::showFor(QWidget *from, const QString &section)
{
    auto *handbook = from->findChild<HandbookDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!handbook) {
        handbook = new HandbookDialog(from);
        handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    handbook->showSection(section);
    handbook->show();
    handbook->raise();
    return handbook;
}

QString HandbookDialog::resourceFor(const QString &language)
{
    return language == QLatin1String("fr") ? QStringLiteral("qrc:/handbook/handbook_fr.html")
                                          : QStringLiteral("qrc:/handbook/handbook_en.html");
}

void HandbookDialog::showSection(const QString &section)
{
    m_section = section;
    QUrl url(resourceFor(installedLanguage()));
    if (!section.isEmpty())
        url.setFragment(section);
    m_browser->setSource(url);
    if (!section.isEmpty())
        m_browser->scrollToAnchor(section);
}

} // namespace EdxLoader
