import json, os, collections, re
D='/tmp/causes-dev'
arts=sorted(os.listdir(D+'/articles'))
gold=[json.loads(l) for l in open(D+'/gold.jsonl',encoding='utf-8')]
rows=[l.rstrip('\n').split('\t') for l in open(D+'/notes.tsv',encoding='utf-8')]
hdr,rows=rows[0],rows[1:]
assert hdr==['id','date','country','kind','location','admin1','admin2','fatalities'],hdr
assert len(arts)==100 and len(rows)==100
by=collections.defaultdict(list)
for g in gold: by[g['article']].append(g)
NV={'disaster','accident','disease'}
wire=0
for r in rows:
    a=r[0]+'.txt'; txt=open(f'{D}/articles/{a}',encoding='utf-8').read()
    first,body=txt.split('\n',1)
    assert re.fullmatch(r' date \d{4}-\d{2}-\d{2}',first),a
    assert by[a],a
    if not body.strip().endswith('.'): wire+=1
    for g in by[a]:
        assert g['evidence'] in body,(a,g['evidence'])
        if g['type'] in('KILLED','WOUNDED'):
            assert g['cause']==('violence' if r[3] not in NV else r[3]),a
            assert g['count'] is None or isinstance(g['count'],int)
    if r[3] in NV:
        assert not any(g['type'] in('ATTACK','CAPTURE','OFFENSIVE','EQUIPMENT_LOSS') for g in by[a]),a
        assert r[7]=='0'
    else:
        assert any(g['type']=='ATTACK' for g in by[a]),a
    assert len({g['cluster'] for g in by[a]})==len(by[a])
assert set(by)==set(r[0]+'.txt' for r in rows)
kinds=collections.Counter(r[3] for r in rows)
print('articles',len(arts),'rows',len(rows),'gold lines',len(gold),'wire-style (no final stop)',wire)
print('kinds',dict(kinds)); print('countries',len({r[2] for r in rows}))
print('types',dict(collections.Counter(g['type'] for g in gold)))
print('cause',dict(collections.Counter(g.get('cause') for g in gold if 'cause' in g)))
print('scored false',sum(not g['scored'] for g in gold),'null counts',sum(g['count'] is None for g in gold if g['type'] in('KILLED','WOUNDED')),'cumulative',sum(g['cumulative'] for g in gold))
print('violent fatalities',sum(int(r[7]) for r in rows))
print('OK')
