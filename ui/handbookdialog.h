#pragma once

#include <QDialog>

class QTextBrowser;

namespace EdxLoader {

// The handbook bundled with the application (resources/handbook, in English and French), shown in
// the window's language and opened at the section of the page the user is on (F1).
class HandbookDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HandbookDialog(QWidget *parent = nullptr);
    // Shows the section ("import", "errors", "course", "export", "mongodb", "keys", "files").
    void showSection(const QString &section);
    QTextBrowser *browser() const { return m_browser; }
    // Opens the handbook at section from a dialog's Help button: a window of its own, the dialog's
    // child (a modal dialog does not block it; it goes with the dialog).
    static HandbookDialog *showFor(QWidget *from, const QString &section);
    // The handbook's resource for a language ("fr" or anything else: English).
    static QString resourceFor(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_browser;
    QString m_section;
};

} // namespace EdxLoader
