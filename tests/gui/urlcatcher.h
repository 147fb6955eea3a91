// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace borderlog::test {

// Takes the URLs the program asks the desktop to open (QDesktopServices::openUrl) for one scheme while it lives,
// instead of starting a viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlCatcher)

public:
    explicit UrlCatcher(const QString &scheme)
        : m_scheme(scheme)
    {
        QDesktopServices::setUrlHandler(m_scheme, this, "open");
    }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(m_scheme); }

    const QList<QUrl> &opened() const { return m_opened; }

public slots:
    void open(const QUrl &url) { m_opened << url; }

private:
    QString m_scheme;
    QList<QUrl> m_opened;
};

} // namespace borderlog::test
