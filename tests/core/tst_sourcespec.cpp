// Source specs: what parses, how it formats back, and the message for everything that does not.
#include "sources/sourcespec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using qw::SourceSpec;
using qw::SpecPartition;
using Code = SourceSpec::Error::Code;

Q_DECLARE_METATYPE(SourceSpec::Kind)
Q_DECLARE_METATYPE(Code)

class TestSourceSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSpecs_data();
    void validSpecs();
    void invalidSpecs_data();
    void invalidSpecs();
    void fileNames_data();
    void fileNames();
    void builtSpecsFormat();
};

void TestSourceSpec::validSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SourceSpec::Kind>("kind");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<bool>>("callsOnly");

    QTest::addRow("sql one") << u"sql:A"_s << SourceSpec::Kind::Sql << QStringList {u"A"_s} << QList<bool> {false};
    QTest::addRow("sql dotted") << u"sql:pbx.eu_1"_s << SourceSpec::Kind::Sql << QStringList {u"pbx.eu_1"_s}
                                << QList<bool> {false};
    QTest::addRow("sql 20 chars") << u"sql:abcdefghij0123456789"_s << SourceSpec::Kind::Sql
                                  << QStringList {u"abcdefghij0123456789"_s} << QList<bool> {false};
    QTest::addRow("cluster three") << u"cluster:A|B|C"_s << SourceSpec::Kind::Cluster
                                   << QStringList {u"A"_s, u"B"_s, u"C"_s} << QList<bool> {false, false, false};
    QTest::addRow("cluster dashes") << u"cluster:A|B-|C-"_s << SourceSpec::Kind::Cluster
                                    << QStringList {u"A"_s, u"B"_s, u"C"_s} << QList<bool> {false, true, true};
    QTest::addRow("cluster single dashed")
        << u"cluster:A-"_s << SourceSpec::Kind::Cluster << QStringList {u"A"_s} << QList<bool> {true};
    QTest::addRow("cluster one") << u"cluster:A"_s << SourceSpec::Kind::Cluster << QStringList {u"A"_s}
                                 << QList<bool> {false};
    QTest::addRow("clustrw") << u"clustrw:A|B|C"_s << SourceSpec::Kind::ClusterRewrite
                             << QStringList {u"A"_s, u"B"_s, u"C"_s} << QList<bool> {false, false, false};
    QTest::addRow("clustrw dash") << u"clustrw:A|B-"_s << SourceSpec::Kind::ClusterRewrite
                                  << QStringList {u"A"_s, u"B"_s} << QList<bool> {false, true};
    QTest::addRow("order kept") << u"cluster:C|A|B"_s << SourceSpec::Kind::Cluster
                                << QStringList {u"C"_s, u"A"_s, u"B"_s} << QList<bool> {false, false, false};
    QTest::addRow("case differs is distinct")
        << u"cluster:a|A"_s << SourceSpec::Kind::Cluster << QStringList {u"a"_s, u"A"_s} << QList<bool> {false, false};
    QTest::addRow("file") << u"file:/var/log/asterisk/queue_log"_s << SourceSpec::Kind::File
                          << QStringList {u"queue_log"_s} << QList<bool> {false};
    QTest::addRow("file with pipe in path")
        << u"file:/tmp/a|b"_s << SourceSpec::Kind::File << QStringList {u"a_b"_s} << QList<bool> {false};
    QTest::addRow("file relative") << u"file:A.queue_log"_s << SourceSpec::Kind::File << QStringList {u"A.queue_log"_s}
                                   << QList<bool> {false};
}

void TestSourceSpec::validSpecs()
{
    QFETCH(QString, text);
    QFETCH(SourceSpec::Kind, kind);
    QFETCH(QStringList, names);
    QFETCH(QList<bool>, callsOnly);

    const auto parsed = SourceSpec::parse(text);
    const auto* spec = std::get_if<SourceSpec>(&parsed);
    const auto* error = std::get_if<SourceSpec::Error>(&parsed);
    QVERIFY2(spec, qPrintable(error ? error->message : QString()));
    QCOMPARE(spec->kind(), kind);
    QCOMPARE(spec->partitions().size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(spec->partitions()[i].name, names[i]);
        QCOMPARE(spec->partitions()[i].callsOnly, callsOnly[i]);
    }
    // Round trip: formatting gives back exactly what was typed, and parses to the same spec.
    QCOMPARE(spec->toString(), text);
    QCOMPARE(std::get<SourceSpec>(SourceSpec::parse(spec->toString())), *spec);
}

void TestSourceSpec::invalidSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Code>("code");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions"); // the message must name the offending part

    QTest::addRow("empty") << u""_s << Code::Empty << qsizetype(0) << u"empty"_s;
    QTest::addRow("too long") << (u"cluster:"_s + QString(5000, u'A')) << Code::TooLong << qsizetype(4096) << u"4096"_s;
    QTest::addRow("upper-case prefix") << u"SQL:A"_s << Code::UnknownPrefix << qsizetype(0) << u"SQL:"_s;
    QTest::addRow("unknown prefix") << u"mysql:A"_s << Code::UnknownPrefix << qsizetype(0) << u"mysql:"_s;
    QTest::addRow("no prefix") << u"A|B"_s << Code::UnknownPrefix << qsizetype(0) << u"A|B"_s;
    QTest::addRow("space after colon") << u"cluster: A"_s << Code::BadCharacter << qsizetype(8) << u" A"_s;
    QTest::addRow("leading space") << u" sql:A"_s << Code::UnknownPrefix << qsizetype(0) << u" sql:"_s;
    QTest::addRow("sql empty name") << u"sql:"_s << Code::EmptyName << qsizetype(4) << u"sql:"_s;
    QTest::addRow("cluster empty") << u"cluster:"_s << Code::EmptyName << qsizetype(8) << u"cluster:"_s;
    QTest::addRow("cluster empty middle") << u"cluster:A||C"_s << Code::EmptyName << qsizetype(10) << u"11"_s;
    QTest::addRow("cluster trailing bar") << u"cluster:A|B|"_s << Code::EmptyName << qsizetype(12) << u"13"_s;
    QTest::addRow("cluster only dash") << u"cluster:A|-"_s << Code::EmptyName << qsizetype(10) << u"11"_s;
    QTest::addRow("bad character") << u"cluster:A|B#|C"_s << Code::BadCharacter << qsizetype(11) << u"B#"_s;
    QTest::addRow("unicode letter") << u"sql:caf\u00e9"_s << Code::BadCharacter << qsizetype(7) << u"caf\u00e9"_s;
    QTest::addRow("slash in name") << u"sql:a/b"_s << Code::BadCharacter << qsizetype(5) << u"a/b"_s;
    QTest::addRow("quote in name") << u"sql:a'b"_s << Code::BadCharacter << qsizetype(5) << u"a'b"_s;
    QTest::addRow("trailing space") << u"sql:A "_s << Code::BadCharacter << qsizetype(5) << u"A "_s;
    QTest::addRow("double dash") << u"cluster:A--"_s << Code::BadCharacter << qsizetype(9) << u"A-"_s;
    QTest::addRow("name too long") << u"sql:abcdefghij0123456789X"_s << Code::NameTooLong << qsizetype(4)
                                   << u"abcdefghij0123456789X"_s;
    QTest::addRow("name too long in cluster")
        << u"cluster:A|abcdefghij0123456789X-"_s << Code::NameTooLong << qsizetype(10) << u"abcdefghij0123456789X"_s;
    QTest::addRow("duplicate") << u"cluster:A|B|A"_s << Code::DuplicatePartition << qsizetype(12) << u"\"A\""_s;
    QTest::addRow("duplicate with dash") << u"clustrw:A|A-"_s << Code::DuplicatePartition << qsizetype(10)
                                         << u"\"A\""_s;
    QTest::addRow("sql with flag") << u"sql:A-"_s << Code::FlagNotAllowed << qsizetype(5) << u"A-"_s;
    QTest::addRow("sql with two") << u"sql:A|B"_s << Code::BadCharacter << qsizetype(5) << u"cluster:"_s;
    QTest::addRow("file empty") << u"file:"_s << Code::EmptyPath << qsizetype(5) << u"file:"_s;
    QTest::addRow("file dir only") << u"file:/var/log/"_s << Code::EmptyBaseName << qsizetype(5) << u"/var/log/"_s;
    QTest::addRow("file flag") << u"file:/tmp/queue_log-"_s << Code::FlagNotAllowed << qsizetype(19) << u"queue_log-"_s;
}

void TestSourceSpec::invalidSpecs()
{
    QFETCH(QString, text);
    QFETCH(Code, code);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = SourceSpec::parse(text);
    const auto* error = std::get_if<SourceSpec::Error>(&parsed);
    QVERIFY2(error, qPrintable(text));
    QCOMPARE(error->code, code);
    QCOMPARE(error->position, position);
    QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
}

void TestSourceSpec::fileNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("partition");

    QTest::addRow("plain") << u"/var/log/asterisk/queue_log"_s << u"queue_log"_s;
    QTest::addRow("dashes") << u"/x/queue_log-2024-01-01"_s << u"queue_log_2024_01_01"_s;
    QTest::addRow("cut to 20") << u"/x/a_very_long_queue_log_name.txt"_s << u"a_very_long_queue_lo"_s;
    QTest::addRow("spaces and unicode") << u"/x/caf\u00e9 log"_s << u"caf__log"_s;
    QTest::addRow("no directory") << u"B.queue_log"_s << u"B.queue_log"_s;
}

void TestSourceSpec::fileNames()
{
    QFETCH(QString, path);
    QFETCH(QString, partition);
    QCOMPARE(SourceSpec::partitionNameForFile(path), partition);
    QVERIFY(SourceSpec::isValidPartitionName(partition));
}

void TestSourceSpec::builtSpecsFormat()
{
    QCOMPARE(SourceSpec::sql(u"A"_s).toString(), u"sql:A"_s);
    QCOMPARE(SourceSpec::cluster({{u"A"_s, false}, {u"B"_s, true}, {u"C"_s, true}}).toString(), u"cluster:A|B-|C-"_s);
    QCOMPARE(SourceSpec::cluster({{u"A"_s, false}, {u"B"_s, false}}, true).toString(), u"clustrw:A|B"_s);
    QCOMPARE(SourceSpec::file(u"/tmp/x-y"_s).partitions().first().name, u"x_y"_s);
}

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
