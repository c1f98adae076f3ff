import json
def decode(topo):
    tr = topo.get('transform')
    arcs = []
    for arc in topo['arcs']:
        x = y = 0; pts = []
        for p in arc:
            if tr:
                x += p[0]; y += p[1]
                pts.append((x*tr['scale'][0]+tr['translate'][0], y*tr['scale'][1]+tr['translate'][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    def arc(i):
        return arcs[i] if i >= 0 else arcs[~i][::-1]
    def line(idx):
        out = []
        for k, i in enumerate(idx):
            a = arc(i)
            out.extend(a if k == 0 else a[1:])
        return out
    def geom(g):
        t = g['type']
        if t == 'Polygon': return {'type': t, 'coordinates': [line(r) for r in g['arcs']]}
        if t == 'MultiPolygon': return {'type': t, 'coordinates': [[line(r) for r in p] for p in g['arcs']]}
        if t == 'LineString': return {'type': t, 'coordinates': line(g['arcs'])}
        if t == 'MultiLineString': return {'type': t, 'coordinates': [line(r) for r in g['arcs']]}
        if t == 'Point': return {'type': t, 'coordinates': g['coordinates']}
        return None
    res = {}
    for name, obj in topo['objects'].items():
        feats = []
        gs = obj['geometries'] if obj['type'] == 'GeometryCollection' else [obj]
        for g in gs:
            feats.append({'type': 'Feature', 'id': g.get('id'), 'properties': g.get('properties') or {}, 'geometry': geom(g)})
        res[name] = feats
    return res
