/** Hands a file to the browser's download through a temporary link, as a link to it clicked once would: nothing leaves the browser. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers start the download after `click` returns: free the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
