// Where the pair's events and projects are: the two countries shaded on the world map
// (world-atlas, fetched as a static file), the places as dots sized by their events.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'virtual:bilat/countries';
import worldMapUrl from 'virtual:bilat/world-map';
import type { PlaceRow } from '../../api-types.ts';
import { Empty, Failure, Loading } from '../../components/states.tsx';
import { countryName, plural } from '../../format.ts';
import { useLoaded } from '../../use-loaded.ts';
import { useWidth } from '../../use-width.ts';

type CountryFeature = Feature<Geometry, { name: string }>;

let worldMap: Promise<CountryFeature[]> | undefined;

/** The world's countries, fetched once per page load. */
function loadWorldMap(): Promise<CountryFeature[]> {
  worldMap ??= fetch(worldMapUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the world map (${worldMapUrl}) did not load: ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features)
    .catch((error: unknown) => {
      worldMap = undefined;
      throw error;
    });
  return worldMap;
}

const HEIGHT = 320;

function pointFeature(place: PlaceRow): Feature<Geometry, { name: string }> {
  return { type: 'Feature', properties: { name: place.name }, geometry: { type: 'Point', coordinates: [place.lon, place.lat] } };
}

interface Label {
  place: PlaceRow;
  point: [number, number];
  radius: number;
  /** Which side of the dot the name goes, so that no two names overlap where it can be helped. */
  side: 'right' | 'left' | 'below';
}

const CHARACTER_WIDTH = 7;
const LABEL_HEIGHT = 14;

function labelBox(label: Label): { left: number; right: number; top: number; bottom: number } {
  const width = label.place.name.length * CHARACTER_WIDTH;
  const [x, y] = label.point;
  const gap = label.radius + 4;
  if (label.side === 'right') return { left: x + gap, right: x + gap + width, top: y - LABEL_HEIGHT / 2, bottom: y + LABEL_HEIGHT / 2 };
  if (label.side === 'left') return { left: x - gap - width, right: x - gap, top: y - LABEL_HEIGHT / 2, bottom: y + LABEL_HEIGHT / 2 };
  return { left: x - width / 2, right: x + width / 2, top: y + gap, bottom: y + gap + LABEL_HEIGHT };
}

function overlaps(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The busiest places first, each named on the first side whose box is free and inside the map. */
function placeLabels(places: { place: PlaceRow; point: [number, number]; radius: number }[], width: number): Label[] {
  const placed: Label[] = [];
  const sides: Label['side'][] = ['right', 'left', 'below'];
  for (const candidate of [...places].sort((a, b) => b.place.events - a.place.events)) {
    const fits = (label: Label) => {
      const box = labelBox(label);
      return box.left >= 0 && box.right <= width && placed.every((other) => !overlaps(box, labelBox(other)));
    };
    placed.push(sides.map((side) => ({ ...candidate, side })).find(fits) ?? { ...candidate, side: 'right' });
  }
  return placed;
}

function PlacesMapDrawing({ world, pair, places }: { world: CountryFeature[]; pair: readonly [string, string]; places: readonly PlaceRow[] }) {
  const [box, width] = useWidth<HTMLDivElement>(480);
  const numeric = new Set(pair.map((code) => countries[code]?.numeric).filter(Boolean));
  const shaded = world.filter((country) => numeric.has(String(country.id)));
  const focus: FeatureCollection = { type: 'FeatureCollection', features: [...shaded, ...places.map(pointFeature)] };
  const projection = geoMercator().fitExtent([[24, 24], [width - 24, HEIGHT - 24]], focus);
  const path = geoPath(projection);
  const largest = Math.max(1, ...places.map((place) => place.events));
  const labels = placeLabels(
    places.flatMap((place) => {
      const point = projection([place.lon, place.lat]);
      return point ? [{ place, point, radius: 4 + (place.events / largest) * 6 }] : [];
    }),
    width,
  );
  return (
    <div ref={box} className="map">
      <svg width={width} height={HEIGHT} role="img" aria-label={`Map of ${countryName(pair[0])}, ${countryName(pair[1])} and ${plural(places.length, 'place')}`}>
        <rect width={width} height={HEIGHT} className="map-sea" />
        {world.map((country) => (
          <path key={String(country.id ?? country.properties.name)} d={path(country) ?? undefined} className={numeric.has(String(country.id)) ? 'map-country focus' : 'map-country'}>
            <title>{country.properties.name}</title>
          </path>
        ))}
        {labels.map(({ place, point, radius, side }) => (
          <g key={place.id} transform={`translate(${point[0]} ${point[1]})`} className="map-place" data-place={place.name}>
            <circle r={radius} />
            <text x={side === 'right' ? radius + 4 : side === 'left' ? -radius - 4 : 0} y={side === 'below' ? radius + 14 : 4} textAnchor={side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle'}>
              {place.name}
            </text>
            <title>{`${place.name}: ${plural(place.events, 'event')}`}</title>
          </g>
        ))}
      </svg>
    </div>
  );
}

export function PlacesMap({ pair, places }: { pair: readonly [string, string]; places: readonly PlaceRow[] }) {
  const world = useLoaded(loadWorldMap, []);
  if (world.state === 'loading') return <Loading what="the map" />;
  if (world.state === 'failed') return <Failure error={world.error} onRetry={world.reload} />;
  const known = pair.some((code) => countries[code]);
  if (!known && places.length === 0) return <Empty>No place on record to map.</Empty>;
  return <PlacesMapDrawing world={world.data} pair={pair} places={places} />;
}
