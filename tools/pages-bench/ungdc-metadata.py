#!/usr/bin/env python3
# Gives the plain UNGDC import the metadata the sidecar would (country, date in the session's September, GA session, speaker),
# so that browse, organ, session and speaker pages have realistic sizes for measuring. Measuring aid only, until the import
# reads the sidecar itself. Usage: ungdc-metadata.py ARCHIVE.db [speakers_by_session.csv]
import csv, re, sqlite3, sys, unicodedata
db = sqlite3.connect(sys.argv[1])
csvrows = {}
sidecar = sys.argv[2] if len(sys.argv) > 2 else '../shared/corpora/ungdc/speakers_by_session.csv'
for r in csv.DictReader(open(sidecar, encoding='utf-8-sig')):
    csvrows[(r['year'].strip(), r['iso3'].strip())] = r
trig = db.execute("select name, sql from sqlite_master where type='trigger' and sql like '%documents_fts%'").fetchall()
for n, _ in trig: db.execute(f'drop trigger "{n}"')
ga = db.execute("select Id from organs where Slug='general-assembly'").fetchone()[0]
def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')[:80] or 'x'
speakers = {s: i for i, s in db.execute('select Id, Slug from speakers')}
for doc_id, fn in db.execute('select DocumentId, FileName from original_files').fetchall():
    m = re.match(r'([A-Z_]+)_(\d+)_(\d{4})\.txt', fn)
    if not m: continue
    iso, session, year = m.group(1), int(m.group(2)), m.group(3)
    r = csvrows.get((year, iso))
    country = (r['country'].strip() if r else iso)
    day = 15 + doc_id % 16
    date = f'{year}-09-{day:02d}' if day <= 30 else f'{year}-10-01'
    db.execute("update documents set Kind='Statement', Country=?, Date=?, DeliveredOn=? where Id=?", (country, date, date, doc_id))
    db.execute("insert or ignore into document_organs(DocumentId, OrganId, Session, Position) values (?,?,?,0)", (doc_id, ga, session))
    db.execute("update document_organs set Session=? where DocumentId=? and OrganId=?", (session, doc_id, ga))
    if r and r['speaker'].strip():
        name = r['speaker'].strip(); s = slug(name)
        if s not in speakers:
            speakers[s] = db.execute('insert into speakers(Name, Slug) values (?,?)', (name, s)).lastrowid
        db.execute("delete from document_speakers where DocumentId=?", (doc_id,))
        db.execute("insert into document_speakers(DocumentId, SpeakerId, Role, SpellingUsed, Capacity, Position) values (?,?,?,?, 'Speaker', 0)",
                   (doc_id, speakers[s], r['post'].strip() or None, name))
for _, sql in trig: db.execute(sql)
db.commit()
print(db.execute("select count(Date), count(Country) from documents").fetchone(), db.execute("select count(*) from document_speakers").fetchone(), len(speakers))
