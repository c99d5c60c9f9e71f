// Small hand-made PDFs for the refusals: pages of any size with nothing on them, and one that
// asks for a password. Written out with a correct cross-reference table, as a layout system would.

export interface MinimalPdf {
  /** Page sizes in points. */
  pages: Array<[number, number]>
  /** Encrypted with a user password (the standard security handler): it cannot be opened without it. */
  encrypted?: boolean
}

export function minimalPdf({ pages, encrypted = false }: MinimalPdf): Buffer {
  const objects: string[] = []
  const kids = pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`)
  for (const [i, [w, h]] of pages.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Contents ${4 + i * 2} 0 R >>`)
    objects.push('<< /Length 0 >>\nstream\n\nendstream')
  }
  const hex = (byte: number) => byte.toString(16).padStart(2, '0').repeat(32)
  if (encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(0x4f)}> /U <${hex(0x55)}> /P -4 >>`)
  let body = '%PDF-1.7\n'
  const offsets: number[] = []
  for (const [i, o] of objects.entries()) {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  }
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`
  const encrypt = encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${hex(1)}> <${hex(1)}>]` : ''
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
