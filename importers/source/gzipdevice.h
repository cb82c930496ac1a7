#pragma once

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace EdxLoader {

// Inflates gzip data made of one or more members one after the other (RFC 1952 §2.2: what
// `cat a.gz b.gz > day.gz` and some log rotations make; gzip and zcat read them whole). zlib
// checks every member's trailer (CRC-32 and length) as the member ends. KArchive's gzip filter
// reads such files too, but cannot tell data that stops inside a member from a whole stream, nor
// where one member ends: its last trailer could only be compared with the whole output, which is
// wrong as soon as there are two members. So the gzip layer drives zlib, the library KArchive
// itself uses, directly.
//
// Reading stops (read() gives 0) at the end of the data or at the first problem; problem() then
// says whether the data was whole.
class GzipDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit GzipDevice(QIODevice *compressed, QObject *parent = nullptr);
    ~GzipDevice() override;
    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    // Empty once every member was read whole; otherwise why the data is not whole (translated).
    // Meaningful after read() gave 0.
    QString problem() const { return m_problem; }
    int members() const { return m_members; } // members begun so far
    qint64 inflated() const { return m_out; }  // bytes handed out

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fillInput();
    void stop(const QString &problem);
    qint64 countRest(); // bytes left in the input, read through

    struct Stream;
    QIODevice *m_in;
    std::unique_ptr<Stream> m_z;
    QByteArray m_buffer;
    bool m_inputEnded = false;
    bool m_memberEnded = false;
    bool m_stopped = false;
    int m_members = 0;
    qint64 m_out = 0;
    qint64 m_memberOut = 0; // bytes of the current member
    qint64 m_memberIn = 0;  // compressed bytes consumed by the current member
    QString m_problem;
};

} // namespace EdxLoader
