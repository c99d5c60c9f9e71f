// Test photos, generated here and never news: soft colour fields with a little grain, each with
// a camera name and GPS coordinates in its EXIF, so the tests can show that nothing of it
// reaches a reader. Deterministic: the same bytes on every run of the same sharp.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { contentWith } from '../node/content-copy'

/** Where the test camera "was": written into every test photo, found in none of the renditions. */
export const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '27/1 49/1 3000/100',
  GPSLongitudeRef: 'E',
  GPSLongitude: '113/1 8/1 2400/100',
}
export const CAMERA = 'ZZRB Test Camera'

export async function testPhoto(
  width: number,
  height: number,
  opts: { seed?: number; format?: 'jpeg' | 'png'; orientation?: number } = {},
): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  let state = opts.seed ?? 1
  const grain = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 16) % 17
  }
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      raw[i] = (x * 200) / width + grain()
      raw[i + 1] = (y * 180) / height + 40 + grain()
      raw[i + 2] = ((x + y) * 120) / (width + height) + 90 + grain()
    }
  const image = sharp(raw, { raw: { width, height, channels: 3 } })
  const encoded = (opts.format === 'png' ? image.png() : image.jpeg({ quality: 90 })).withExif({
    IFD0: { Make: CAMERA, Model: 'T1' },
    IFD3: GPS,
  })
  // An orientation tag, as a phone held upright writes it: the picture is stored on its side.
  return (opts.orientation ? encoded.withMetadata({ orientation: opts.orientation }) : encoded).toBuffer()
}

/** Writes the photos test/fixtures/issues-photos names into a copy of the content. */
export async function writeFixturePhotos(contentDir: string): Promise<void> {
  const dir = join(contentDir, 'issues/2024-03-15/images')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'a.jpg'), await testPhoto(1600, 1067, { seed: 1 }))
  await writeFile(join(dir, 'b.jpg'), await testPhoto(900, 1200, { seed: 2 }))
  await writeFile(join(dir, 'c.png'), await testPhoto(320, 240, { seed: 3, format: 'png' }))
}

/** A copy of content/ with the photo fixture's day and its photos. */
export async function contentWithPhotos(): Promise<string> {
  const dir = await contentWith('test/fixtures/issues-photos')
  await writeFixturePhotos(dir)
  return dir
}
