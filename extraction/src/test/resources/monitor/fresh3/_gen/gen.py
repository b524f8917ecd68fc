import json, random, os, collections
import lib, s1, s2, w1, w2
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items=list(lib.ITEMS); random.Random(20261205).shuffle(items)
ORDER=['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
gold=[]; rows=[]; noev=[]; wire=[]
for n,it in enumerate(items,1):
    i='j%03d'%n; txt=it['text']
    open(f'{OUT}/articles/{i}.txt','w').write(f" date {it['rep']}\n{txt}\n")
    cnt=collections.Counter(); fat=0
    for e in it['evs']:
        e=dict(e); e['article']=i+'.txt'
        if e['location']=='@': e['location']=it['loc'] if it['loc'] and it['loc'] in txt else None
        if e['date']=='@': e['date']=it['date']
        t=e['type'].lower().replace('_','-'); cnt[t]+=1; e['cluster']=f'{i}-{t}-{cnt[t]}'
        gold.append({k:e[k] for k in ORDER if k in e})
        if e['type']=='KILLED' and e['scored'] and not e['cumulative'] and e['cause']=='violence' and e['count']: fat+=e['count']
    rows.append([i,it['date'],it['country'],it['kind'],it['loc'],it['a1'],it['a2'],str(fat)])
    if it['noevent']: noev.append(i)
    if it['wire']: wire.append(i)
with open(f'{OUT}/gold.jsonl','w') as f:
    for g in gold: f.write(json.dumps(g,ensure_ascii=False)+'\n')
with open(f'{OUT}/notes.tsv','w') as f:
    f.write('\t'.join(['id','date','country','kind','location','admin1','admin2','fatalities'])+'\n')
    for r in rows: f.write('\t'.join(r)+'\n')
json.dump({'noevent':noev,'wire':wire},open(f'{OUT}/noevent.json','w'),indent=1)
print(len(items),len(gold),len(noev),len(wire))
