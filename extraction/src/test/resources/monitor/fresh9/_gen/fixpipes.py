"""Helper used while authoring: removes one surplus empty field from gold lines whose evidence is misplaced."""
import sys, re, importlib
sys.dont_write_bytecode = True
sys.path.insert(0, '.')
import lib
mod = sys.argv[1]
importlib.import_module(mod)
src = open(mod + '.py').read()
for it in lib.ITEMS:
    for l in it['gold']:
        p = l.split('|')
        ev = p[7] if len(p) > 7 else ''
        if ev and ev in it['text'] and (not p[6] or p[6].isupper()):
            continue
        for k in (6, 5, 4, 3):
            if p[k] == '':
                q = p[:k] + p[k + 1:]
                if len(q) > 7 and q[7] and q[7] in it['text'] and (not q[6] or q[6].isupper()):
                    new = '|'.join(q)
                    old_esc = repr(l)[1:-1]
                    new_esc = repr(new)[1:-1]
                    if old_esc in src:
                        src = src.replace(old_esc, new_esc); print('fixed', it['key'], new)
                    else:
                        print('NOT FOUND', l)
                    break
        else:
            print('UNFIXED', it['key'], l)
open(mod + '.py', 'w').write(src)
