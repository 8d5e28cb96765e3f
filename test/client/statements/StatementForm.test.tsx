import type { SendOutcome } from '../../../client/src/statements/statementsApi'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { LanguageProvider } from '../../../client/src/i18n/LanguageContext'
import { acceptedFiles, StatementForm } from '../../../client/src/statements/StatementForm'
import { contentTypeOf } from '../../../client/src/statements/statementsApi'

function renderForm(send: () => Promise<SendOutcome> = vi.fn(async () => ({ ok: true as const, statementId: 's1' }))) {
  const onSent = vi.fn()
  render(
    <LanguageProvider language="en">
      <StatementForm defaultLanguage="fr" send={send} onSent={onSent} />
    </LanguageProvider>,
  )
  return { send, onSent }
}

describe('the statement form (tablet and chair)', () => {
  it('offers text, PDF and DOCX to the device’s picker, and sends the file with its language and publication', async () => {
    const user = userEvent.setup()
    const { send, onSent } = renderForm()
    const input = screen.getByLabelText('File') as HTMLInputElement
    expect(input.accept).toBe(acceptedFiles)
    expect(screen.getByLabelText('Language of the statement')).toHaveProperty('value', 'fr')
    const file = new File(['Déclaration du Mexique'], 'mexique.txt', { type: 'text/plain' })
    await user.upload(input, file)
    await user.selectOptions(screen.getByLabelText('Language of the statement'), 'es')
    await user.click(screen.getByLabelText('Publish it after delivery'))
    await user.click(screen.getByRole('button', { name: 'Attach' }))
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('s1'))
    expect(send).toHaveBeenCalledWith({ file, language: 'es', publish: 'after-delivery' })
  })

  it('says so at once for a file over 10 MB or of another type, and sends nothing', async () => {
    const user = userEvent.setup({ applyAccept: false })
    const { send } = renderForm()
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' })
    await user.upload(screen.getByLabelText('File'), big)
    expect(screen.getByRole('alert').textContent).toBe('This file is over 10 MB.')
    await user.upload(screen.getByLabelText('File'), new File(['x'], 'photo.png', { type: 'image/png' }))
    expect(screen.getByRole('alert').textContent).toBe('This file is not a text, PDF or DOCX file.')
    expect(screen.getByRole('button', { name: 'Attach' })).toHaveProperty('disabled', true)
    expect(send).not.toHaveBeenCalled()
  })

  it('shows the server’s refusal', async () => {
    const user = userEvent.setup()
    renderForm(vi.fn(async () => ({ ok: false as const, status: 409, message: 'A delegation holds at most 6 statements awaiting delivery; delete one first.' })))
    await user.upload(screen.getByLabelText('File'), new File(['x'], 'a.txt', { type: 'text/plain' }))
    await user.click(screen.getByRole('button', { name: 'Attach' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Not attached: A delegation holds at most 6/)
  })

  it('knows a file by its type, or by its name when a phone gives none', () => {
    expect(contentTypeOf({ type: '', name: 'Statement.DOCX' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(contentTypeOf({ type: 'application/pdf', name: 'x' })).toBe('application/pdf')
    expect(contentTypeOf({ type: '', name: 'notes.odt' })).toBeNull()
  })
})
