<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
    <context>
        <name>Actions</name>
        <message>
            <source>New case</source>
            <translation>Nytt ärende</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Open card</source>
            <translation>Öppna kort</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrera betalning</translation>
        </message>
        <message>
            <source>Payment plan</source>
            <translation>Avbetalningsplan</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Specifikation</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bokför</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Status report</source>
            <translation>Statusrapport</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Quick search</source>
            <translation>Snabbsök</translation>
        </message>
    </context>
    <context>
        <name>AmountEdit</name>
        <message>
            <source>An amount is required.</source>
            <translation>Ett belopp måste anges.</translation>
        </message>
        <message>
            <source>The amount is too large (at most %1).</source>
            <translation>Beloppet är för stort (högst %1).</translation>
        </message>
        <message>
            <source>Not a valid amount. Write it like %1 or 1234.56.</source>
            <translation>Ogiltigt belopp. Skriv det som %1 eller 1234.56.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>Beloppet får inte vara negativt.</translation>
        </message>
    </context>
    <context>
        <name>Awarded</name>
        <message>
            <source>Add/Adjust claims: awarded costs</source>
            <translation>Lägg till/justera fordringar: tilldömda belopp</translation>
        </message>
        <message>
            <source>Awarded hearing fee</source>
            <translation>Tilldömt förhandlingsarvode</translation>
        </message>
        <message>
            <source>Awarded legal costs</source>
            <translation>Tilldömda rättegångskostnader</translation>
        </message>
        <message>
            <source>The computed salary and court fee are reversed and the awarded amounts posted.</source>
            <translation>Beräknat arvode och domstolsavgift återförs och de tilldömda beloppen bokförs.</translation>
        </message>
        <message>
            <source>Add/Adjust claims (awarded costs)</source>
            <translation>Lägg till/justera fordringar (tilldömda belopp)</translation>
        </message>
        <message>
            <source>%1 entries posted; the case history shows each step.</source>
            <translation>%1 poster bokförda; ärendets historik visar varje steg.</translation>
        </message>
    </context>
    <context>
        <name>CapWarning</name>
        <message>
            <source>Claim %1: %2</source>
            <translation>Fordran %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CardActions</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Spara (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Redigera ärende</translation>
        </message>
        <message>
            <source>Add party</source>
            <translation>Lägg till part</translation>
        </message>
        <message>
            <source>Edit list (entry texts)</source>
            <translation>Redigera lista (posttexter)</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>The card has been changed. Save the changes?</source>
            <translation>Kortet har ändrats. Spara ändringarna?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Förkasta ändringar</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Stanna kvar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Gammalt värde</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nytt värde</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Attach file</source>
            <translation>Bifoga fil</translation>
        </message>
        <message>
            <source>Set dormant</source>
            <translation>Sätt vilande</translation>
        </message>
        <message>
            <source>Wake up</source>
            <translation>Häv vilande</translation>
        </message>
        <message>
            <source>Credit invoice</source>
            <translation>Kreditera faktura</translation>
        </message>
        <message>
            <source>Message to handler</source>
            <translation>Meddelande till handläggare</translation>
        </message>
        <message>
            <source>Recall case</source>
            <translation>Återkalla ärende</translation>
        </message>
        <message>
            <source>Print case</source>
            <translation>Skriv ut ärende</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Write the text first.</source>
            <translation>Skriv texten först.</translation>
        </message>
        <message>
            <source>Dormant until</source>
            <translation>Vilande till</translation>
        </message>
        <message>
            <source>The date must be after today.</source>
            <translation>Datumet måste ligga efter i dag.</translation>
        </message>
        <message>
            <source>the whole principal</source>
            <translation>hela kapitalbeloppet</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Fordran</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>The case has no claim to credit.</source>
            <translation>Ärendet har ingen fordran att kreditera.</translation>
        </message>
        <message>
            <source>The amount must be greater than 0.</source>
            <translation>Beloppet måste vara större än 0.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>The case is printed to %1.</source>
            <translation>Ärendet är utskrivet till %1.</translation>
        </message>
    </context>
    <context>
        <name>CaseCard</name>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Avgifter</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Arvode</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <translation>Utlägg</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Total skuld</translation>
        </message>
        <message>
            <source>Case entries</source>
            <translation>Ärendeposter</translation>
        </message>
        <message>
            <source>Case statistics</source>
            <translation>Ärendestatistik</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>Dagar öppet</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Fordringar</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Betalningar</translation>
        </message>
        <message>
            <source>Last payment</source>
            <translation>Senaste betalning</translation>
        </message>
        <message>
            <source>Optional fields</source>
            <translation>Valfria fält</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Ärendetyp</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Ärende avser</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Arvodeskod</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk avdelning</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Ärendebeskrivning</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Gäldenärer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Principal (reg.)</source>
            <translation>Kapital (reg.)</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Räntekod</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Räntesats</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Ränta från</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Bevakningar</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Regarding party</source>
            <translation>Avser part</translation>
        </message>
        <message>
            <source>Case %1 · %2</source>
            <translation>Ärende %1 · %2</translation>
        </message>
        <message>
            <source>No optional fields are set up.</source>
            <translation>Inga valfria fält är upplagda.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Inga anteckningar.</translation>
        </message>
        <message>
            <source>Edit list</source>
            <translation>Redigera lista</translation>
        </message>
        <message>
            <source>Delete claim %1 (%2)? Its entries are reversed.</source>
            <translation>Ta bort fordran %1 (%2)? Dess poster återförs.</translation>
        </message>
    </context>
    <context>
        <name>CaseCardActions</name>
        <message>
            <source>Add/Adjust claims, fees &amp;&amp; salary</source>
            <translation>Lägg till/justera fordringar, avgifter &amp;&amp; arvode</translation>
        </message>
        <message>
            <source>Delete claim</source>
            <translation>Ta bort fordran</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Change court district</source>
            <translation>Byt domkrets</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Lägg till anteckning</translation>
        </message>
        <message>
            <source>Print letter</source>
            <translation>Skriv ut brev</translation>
        </message>
    </context>
    <context>
        <name>CaseCardPage</name>
        <message>
            <source>The letter is saved: %1</source>
            <translation>Brevet är sparat: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseEdit</name>
        <message>
            <source>Close without saving the changes?</source>
            <translation>Stäng utan att spara ändringarna?</translation>
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>Redigera ärende %1</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Ärendet avser</translation>
        </message>
        <message>
            <source>Narrative (used by letters)</source>
            <translation>Ärendebeskrivning (används i brev)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk avdelning</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-åååå</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Ärendet avser part</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Add party to the case</source>
            <translation>Lägg till part i ärendet</translation>
        </message>
        <message>
            <source>Party (F4)</source>
            <translation>Part (F4)</translation>
        </message>
        <message>
            <source>Court districts</source>
            <translation>Domkretsar</translation>
        </message>
        <message>
            <source>Court district (F4)</source>
            <translation>Domkrets (F4)</translation>
        </message>
    </context>
    <context>
        <name>CaseFollowUps</name>
        <message>
            <source>Execute activity</source>
            <translation>Utför aktivitet</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Nästa aktivitet</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Nästa datum</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Enter the next date.</source>
            <translation>Ange nästa datum.</translation>
        </message>
        <message>
            <source>Show executed tasks</source>
            <translation>Visa utförda uppgifter</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>Utför</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Återuppta</translation>
        </message>
        <message>
            <source>Open letter</source>
            <translation>Öppna brev</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>Utförd</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>No follow-ups on the case.</source>
            <translation>Inga bevakningar i ärendet.</translation>
        </message>
        <message>
            <source>Select a follow-up first.</source>
            <translation>Välj en bevakning först.</translation>
        </message>
        <message>
            <source>The follow-up is already executed; Resume opens it again.</source>
            <translation>Bevakningen är redan utförd; Återuppta öppnar den igen.</translation>
        </message>
        <message>
            <source>Select an executed follow-up (Show executed tasks) to resume it.</source>
            <translation>Välj en utförd bevakning (Visa utförda uppgifter) för att återuppta den.</translation>
        </message>
        <message>
            <source>The follow-up is open again.</source>
            <translation>Bevakningen är öppen igen.</translation>
        </message>
        <message>
            <source>The follow-up has no letter.</source>
            <translation>Bevakningen har inget brev.</translation>
        </message>
        <message>
            <source>Workflow activities</source>
            <translation>Arbetsflödesaktiviteter</translation>
        </message>
        <message>
            <source>Transfer activity</source>
            <translation>Överför aktivitet</translation>
        </message>
        <message>
            <source>Transfer workflow</source>
            <translation>Överför förlopp</translation>
        </message>
        <message>
            <source>The case type has no workflow.</source>
            <translation>Ärendetypen har inget arbetsflöde.</translation>
        </message>
        <message>
            <source>Select an activity first.</source>
            <translation>Välj en aktivitet först.</translation>
        </message>
        <message>
            <source>%1 is put on the case, due %2.</source>
            <translation>%1 är lagd på ärendet med förfallodag %2.</translation>
        </message>
    </context>
    <context>
        <name>CaseHistory</name>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Föregående</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Nästa &gt;</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Page %1 of %2 (%3 lines)</source>
            <translation>Sida %1 av %2 (%3 rader)</translation>
        </message>
        <message>
            <source>The document %1 is no longer there.</source>
            <translation>Dokumentet %1 finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>CaseImport</name>
        <message>
            <source>Import cases</source>
            <translation>Importera ärenden</translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <translation>%1 importerades inte: %2</translation>
        </message>
        <message>
            <source>%1 cases created from %2.</source>
            <translation>%1 ärenden skapade från %2.</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <source>%1 is refused; nothing is saved. %2 record(s) with errors:</source>
            <translation>%1 avvisas; inget sparas. %2 post(er) med fel:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Importing cases …</source>
            <translation>Importerar ärenden …</translation>
        </message>
    </context>
    <context>
        <name>CaseStep</name>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Ärendetyp</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Ärendetyper</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Ärende avser</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk avdelning</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Choose a case type (F4).</source>
            <translation>Välj en ärendetyp (F4).</translation>
        </message>
        <message>
            <source>The case type %1 is not a case type of the Collection module.</source>
            <translation>Ärendetypen %1 är inte en ärendetyp i modulen Inkasso.</translation>
        </message>
    </context>
    <context>
        <name>CaseWizard</name>
        <message>
            <source>Guide: Create case</source>
            <translation>Guide: Skapa ärende</translation>
        </message>
        <message>
            <source>Create case</source>
            <translation>Skapa ärende</translation>
        </message>
        <message>
            <source>Create case and continue with the next</source>
            <translation>Skapa ärende och fortsätt med nästa</translation>
        </message>
        <message>
            <source>Leave the wizard</source>
            <translation>Lämna guiden</translation>
        </message>
        <message>
            <source>Next step (Alt+N, Alt+Right, Ctrl+PgDn)</source>
            <translation>Nästa steg (Alt+N, Alt+Höger, Ctrl+PgDn)</translation>
        </message>
        <message>
            <source>Previous step (Alt+P, Alt+Left, Ctrl+PgUp)</source>
            <translation>Föregående steg (Alt+P, Alt+Vänster, Ctrl+PgUp)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Byt lösenord</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Your password is temporary. Choose your own before you continue.</source>
            <translation>Ditt lösenord är tillfälligt. Välj ett eget innan du fortsätter.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Användarnamn:</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Nuvarande lösenord:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Nytt lösenord:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Upprepa nytt lösenord:</translation>
        </message>
        <message>
            <source>At least 10 characters.</source>
            <translation>Minst 10 tecken.</translation>
        </message>
        <message>
            <source>Enter the new password twice.</source>
            <translation>Skriv det nya lösenordet två gånger.</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>De två nya lösenorden är inte lika.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsWindow</name>
        <message>
            <source>Add/Adjust claims, fees &amp; salary – case %1</source>
            <translation>Lägg till/justera fordringar, avgifter &amp; arvode – ärende %1</translation>
        </message>
        <message>
            <source>All debtors (in solidum)</source>
            <translation>Alla gäldenärer (solidariskt)</translation>
        </message>
        <message>
            <source>Claims – new case for %1</source>
            <translation>Fordringar – nytt ärende för %1</translation>
        </message>
        <message>
            <source>F4: choose the debtors and their liability</source>
            <translation>F4: välj gäldenärerna och deras betalningsansvar</translation>
        </message>
        <message>
            <source>Interest codes</source>
            <translation>Räntekoder</translation>
        </message>
        <message>
            <source>Claim no.</source>
            <translation>Fordr.nr</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Fakturanr</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Gäldenärer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodatum</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Räntekod</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Räntesats %</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Ränta från</translation>
        </message>
        <message>
            <source>OCR</source>
            <translation>OCR</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>Kundnr</translation>
        </message>
        <message>
            <source>Fee and salary codes</source>
            <translation>Avgifts- och arvodeskoder</translation>
        </message>
        <message>
            <source>Fee/salary code</source>
            <translation>Avgifts-/arvodeskod</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bokf.datum</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Underlag</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Belopp exkl. moms</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>Moms %</translation>
        </message>
        <message>
            <source>Amount incl. VAT</source>
            <translation>Belopp inkl. moms</translation>
        </message>
        <message>
            <source>The description must be filled in.</source>
            <translation>Beskrivningen måste fyllas i.</translation>
        </message>
        <message>
            <source>The principal must be more than 0.</source>
            <translation>Kapitalet måste vara större än 0.</translation>
        </message>
        <message>
            <source>The interest code %1 does not exist.</source>
            <translation>Räntekoden %1 finns inte.</translation>
        </message>
        <message>
            <source>Interest cannot run from before the date.</source>
            <translation>Räntan kan inte löpa från före fordringens datum.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Datumet kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <source>The due date cannot be before the invoice date.</source>
            <translation>Förfallodatumet kan inte ligga före fakturadatumet.</translation>
        </message>
        <message>
            <source>At most %1 characters here.</source>
            <translation>Högst %1 tecken här.</translation>
        </message>
        <message>
            <source>A line must have a fee or salary code.</source>
            <translation>En rad måste ha en avgifts- eller arvodeskod.</translation>
        </message>
        <message>
            <source>The code %1 does not exist here.</source>
            <translation>Koden %1 finns inte här.</translation>
        </message>
        <message>
            <source>Give the number of a claim on the case.</source>
            <translation>Ange numret på en fordran i ärendet.</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Fordringar</translation>
        </message>
        <message>
            <source>Fees/salary per claim</source>
            <translation>Avgift/arvode per fordran</translation>
        </message>
        <message>
            <source>Fees/salary per case</source>
            <translation>Avgift/arvode per ärende</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Tab moves between fields · F4 looks up · Ctrl+Del removes a line · Ctrl+Enter registers</source>
            <translation>Tab flyttar mellan fälten · F4 slår upp · Ctrl+Del tar bort en rad · Ctrl+Enter registrerar</translation>
        </message>
        <message>
            <source>Close the window? The lines you entered will not be saved.</source>
            <translation>Stäng fönstret? Raderna du har skrivit in sparas inte.</translation>
        </message>
        <message>
            <source>Enter at least one claim.</source>
            <translation>Ange minst en fordran.</translation>
        </message>
        <message>
            <source>Principal %1 · fees and salary incl. VAT %2 · total %3</source>
            <translation>Kapital %1 · avgifter och arvode inkl. moms %2 · totalt %3</translation>
        </message>
        <message>
            <source>Do you want to register the changes?</source>
            <translation>Vill du registrera ändringarna?</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <source>Client statistics</source>
            <translation>Klientstatistik</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>CVR-nr</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistrerad</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsgrupp</translation>
        </message>
        <message>
            <source>Case defaults</source>
            <translation>Standard för nya ärenden</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Ärendetyp</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Ärendetyper</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Arvodeskod</translation>
        </message>
        <message>
            <source>Salary codes</source>
            <translation>Arvodeskoder</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Räntekod</translation>
        </message>
        <message>
            <source>Interest codes</source>
            <translation>Räntekoder</translation>
        </message>
        <message>
            <source>Own interest rate %</source>
            <translation>Egen räntesats %</translation>
        </message>
        <message>
            <source>empty: the interest code's rate</source>
            <translation>tom: räntekodens sats</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk avdelning</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Förseningsersättning</translation>
        </message>
        <message>
            <source>Responsible lawyer</source>
            <translation>Ansvarig advokat</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Settlement account</source>
            <translation>Redovisningskonto</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Clearingnr</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>Kontonr</translation>
        </message>
        <message>
            <source>IBAN, or reg. no. and account no. The client funds payout uses it.</source>
            <translation>IBAN, eller clearingnr och kontonr. Utbetalningen av klientmedel använder kontot.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Avdelningar</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Redovisningar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ny)</translation>
        </message>
        <message>
            <source>Client card %1 · %2</source>
            <translation>Klientkort %1 · %2</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Ny klient</translation>
        </message>
        <message>
            <source>VAT registered: no VAT on the salary</source>
            <translation>Momsregistrerad: ingen moms på arvodet</translation>
        </message>
        <message>
            <source>Not VAT registered: the debtor pays 25 % VAT on fees</source>
            <translation>Ej momsregistrerad: gäldenären betalar 25 % moms på arvodet</translation>
        </message>
        <message>
            <source>Client %1 saved.</source>
            <translation>Klient %1 har sparats.</translation>
        </message>
    </context>
    <context>
        <name>ClientDepartments</name>
        <message>
            <source>New department</source>
            <translation>Ny avdelning</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Save the client first; then add departments.</source>
            <translation>Spara klienten först; lägg sedan till avdelningar.</translation>
        </message>
    </context>
    <context>
        <name>ClientFundsTexts</name>
        <message>
            <source>Client settlements</source>
            <translation>Klientredovisning</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Redovisningar</translation>
        </message>
        <message>
            <source>Client funds</source>
            <translation>Klientmedel</translation>
        </message>
        <message>
            <source>Payments up to:</source>
            <translation>Inbetalningar till och med:</translation>
        </message>
        <message>
            <source>Make drafts</source>
            <translation>Skapa utkast</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrollera</translation>
        </message>
        <message>
            <source>Post (F9)</source>
            <translation>Bokför (F9)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Post %1 draft settlement(s)?</source>
            <translation>Bokför %1 redovisningsutkast?</translation>
        </message>
        <message>
            <source>%1 settlement(s) posted.</source>
            <translation>%1 redovisning(ar) bokförda.</translation>
        </message>
        <message>
            <source>%1 draft(s) made.</source>
            <translation>%1 utkast skapade.</translation>
        </message>
        <message>
            <source>The drafts have no problems.</source>
            <translation>Utkasten har inga fel.</translation>
        </message>
        <message>
            <source>There are no drafts to post.</source>
            <translation>Det finns inga utkast att bokföra.</translation>
        </message>
        <message>
            <source>Settlement printed to %1</source>
            <translation>Redovisningen är utskriven till %1</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bokför</translation>
        </message>
        <message>
            <source>Client account does not reconcile</source>
            <translation>Klientmedelskontot stämmer inte</translation>
        </message>
        <message>
            <source>Client account does not reconcile (difference %1)</source>
            <translation>Klientmedelskontot stämmer inte (differens %1)</translation>
        </message>
        <message>
            <source>Bank %1, books %2, %3 unmatched bank line(s) (statement of %4)</source>
            <translation>Bank %1, bokföring %2, %3 bankposter utan matchning (kontoutdrag per %4)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>Till och med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Inbetalt</translation>
        </message>
        <message>
            <source>Client's part</source>
            <translation>Klientens del</translation>
        </message>
        <message>
            <source>Firm's part</source>
            <translation>Byråns del</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Set off</source>
            <translation>Kvittat</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Utbetalas</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Paid to client</source>
            <translation>Betalt till klient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Retained</source>
            <translation>Innehållet</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Utbetalt</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Bokförd</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Återförd</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betald</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Report archive</source>
            <translation>Rapportarkiv</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Öppna %1</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Körning</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Run by</source>
            <translation>Körd av</translation>
        </message>
        <message>
            <source>Client funds statement</source>
            <translation>Klientmedelsredovisning</translation>
        </message>
    </context>
    <context>
        <name>ClientSettlements</name>
        <message>
            <source>Posted</source>
            <translation>Bokförd</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Utbetald</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Återförd</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Payments up to</source>
            <translation>Inbetalningar till och med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Inkommet</translation>
        </message>
        <message>
            <source>Client's part</source>
            <translation>Klientens andel</translation>
        </message>
        <message>
            <source>Firm's part</source>
            <translation>Byråns andel</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Set off</source>
            <translation>Kvittat</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Utbetalas</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Betald</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Öppna PDF</translation>
        </message>
        <message>
            <source>Open Excel appendix</source>
            <translation>Öppna Excel-bilaga</translation>
        </message>
        <message>
            <source>No posted settlements yet.</source>
            <translation>Inga bokförda redovisningar ännu.</translation>
        </message>
    </context>
    <context>
        <name>ClientStep</name>
        <message>
            <source>No client chosen yet.</source>
            <translation>Ingen klient vald ännu.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>No client matches “%1”. Create a new client?</source>
            <translation>Ingen klient matchar ”%1”. Skapa en ny klient?</translation>
        </message>
        <message>
            <source>Client defaults</source>
            <translation>Klientens standardvärden</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Ärendetyp</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Arvodeskod</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Räntekod</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk avdelning</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Förseningsersättning</translation>
        </message>
        <message>
            <source>Responsible lawyer</source>
            <translation>Ansvarig jurist</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsbokföringsgrupp</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>New client: %1</source>
            <translation>Ny klient: %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistrerad</translation>
        </message>
        <message>
            <source>Not VAT registered</source>
            <translation>Inte momsregistrerad</translation>
        </message>
        <message>
            <source>Choose a client: search, or create a new one.</source>
            <translation>Välj en klient: sök, eller skapa en ny.</translation>
        </message>
    </context>
    <context>
        <name>CollectionStep</name>
        <message>
            <source>VAT registered client: no VAT on the salary</source>
            <translation>Momsregistrerad klient: ingen moms på arvodet</translation>
        </message>
        <message>
            <source>Client not VAT registered: 25 % VAT on the salary</source>
            <translation>Klienten är inte momsregistrerad: 25 % moms på arvodet</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsbokföringsgrupp</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Arvode</translation>
        </message>
        <message>
            <source>Salary codes</source>
            <translation>Arvodeskoder</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Choose a salary code (F4).</source>
            <translation>Välj en arvodeskod (F4).</translation>
        </message>
        <message>
            <source>The salary code %1 does not exist.</source>
            <translation>Arvodeskoden %1 finns inte.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTable</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role (Att.)</source>
            <translation>Roll (Att.)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Lägg till kontaktperson</translation>
        </message>
        <message>
            <source>Remove contact (Ctrl+Del)</source>
            <translation>Ta bort kontaktperson (Ctrl+Del)</translation>
        </message>
    </context>
    <context>
        <name>CourtDistrictDialog</name>
        <message>
            <source>Change court district</source>
            <translation>Byt domkrets</translation>
        </message>
        <message>
            <source>Court districts</source>
            <translation>Domkretsar</translation>
        </message>
        <message>
            <source>Court district (F4)</source>
            <translation>Domkrets (F4)</translation>
        </message>
    </context>
    <context>
        <name>DataSafetyTexts</name>
        <message>
            <source>The posted ledger is not intact</source>
            <translation>Bokföringen är inte orörd</translation>
        </message>
        <message>
            <source>%1
Check it with 'caplegal db verify' and restore a backup if needed.</source>
            <translation>%1
Kontrollera den med 'caplegal db verify' och återställ en säkerhetskopia vid behov.</translation>
        </message>
        <message>
            <source>Posted ledger</source>
            <translation>Bokförda poster</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>A date is required.</source>
            <translation>Datum måste anges.</translation>
        </message>
        <message>
            <source>Not a valid date. Write it like %1.</source>
            <translation>Inget giltigt datum. Skriv det som %1.</translation>
        </message>
    </context>
    <context>
        <name>DebtorSharesDialog</name>
        <message>
            <source>Claim debtors</source>
            <translation>Fordringens gäldenärer</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Gäldenär</translation>
        </message>
        <message>
            <source>Liable</source>
            <translation>Betalningsansvarig</translation>
        </message>
        <message>
            <source>In solidum</source>
            <translation>Solidariskt</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Ansvarsandel %</translation>
        </message>
        <message>
            <source>At least one debtor must be liable.</source>
            <translation>Minst en gäldenär måste vara betalningsansvarig.</translation>
        </message>
        <message>
            <source>The share must be over 0 and at most 100 %.</source>
            <translation>Andelen måste vara över 0 och högst 100 %.</translation>
        </message>
        <message>
            <source>The shares add up to more than 100 %.</source>
            <translation>Andelarna blir tillsammans mer än 100 %.</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>Active</source>
            <translation>Aktivt</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Vilande</translation>
        </message>
        <message>
            <source>Recall requested</source>
            <translation>Återkallelse begärd</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Invoicing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Surveillance</source>
            <translation>Efterbevakning</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Rättslig</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>Collection salary</source>
            <translation>Inkassoarvode</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Utlägg</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Inbetalning</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kreditering</translation>
        </message>
        <message>
            <source>Write-off</source>
            <translation>Avskrivning</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Återföring</translation>
        </message>
        <message>
            <source>Payment to client</source>
            <translation>Betalt direkt till klient</translation>
        </message>
        <message>
            <source>Credit from amount</source>
            <translation>Kreditering av belopp</translation>
        </message>
        <message>
            <source>Returned order</source>
            <translation>Returnerad vara</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kostnader</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Bilaga</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Avräkning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Sammanställning</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Utförd</translation>
        </message>
        <message>
            <source>Held back</source>
            <translation>Hålls tillbaka</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullerad</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Misslyckad</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Bokförd</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Same CVR/CPR no.</source>
            <translation>Samma org.nr/personnr</translation>
        </message>
        <message>
            <source>Similar name, same address</source>
            <translation>Liknande namn, samma adress</translation>
        </message>
        <message>
            <source>Similar name</source>
            <translation>Liknande namn</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Möjliga dubbletter</translation>
        </message>
        <message>
            <source>These existing records look like the new %1. Use one of them?</source>
            <translation>Dessa befintliga poster liknar den nya %1. Vill du använda någon av dem?</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Varför</translation>
        </message>
        <message>
            <source>Use the marked one</source>
            <translation>Använd den markerade</translation>
        </message>
        <message>
            <source>Create &amp;new anyway</source>
            <translation>Skapa &amp;ny ändå</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
    </context>
    <context>
        <name>EmployeesStep</name>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Employee functions</source>
            <translation>Medarbetarfunktioner</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>The responsible lawyer comes from the client card.</source>
            <translation>Ansvarig jurist hämtas från klientkortet.</translation>
        </message>
        <message>
            <source>The employee function %1 does not exist.</source>
            <translation>Medarbetarfunktionen %1 finns inte.</translation>
        </message>
        <message>
            <source>There is no employee with the initials %1.</source>
            <translation>Det finns ingen medarbetare med initialerna %1.</translation>
        </message>
    </context>
    <context>
        <name>EntriesDialog</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Entry no.</source>
            <translation>Löpnr</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Totalt: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryTexts</name>
        <message>
            <source>Edit list: entry texts</source>
            <translation>Redigera lista: posttexter</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bokföringsdatum</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Only the text of a posted entry can be corrected.</source>
            <translation>Endast texten på en bokförd post kan rättas.</translation>
        </message>
    </context>
    <context>
        <name>FastTab</name>
        <message>
            <source>Show more</source>
            <translation>Visa mer</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>Visa mindre</translation>
        </message>
    </context>
    <context>
        <name>FeeTerms</name>
        <message>
            <source>Interest codes</source>
            <translation>Räntekoder</translation>
        </message>
        <message>
            <source>Registered basis</source>
            <translation>Registrerat underlag</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Räntekod</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Sats %</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Ränta från</translation>
        </message>
        <message>
            <source>Interest-bearing in plan</source>
            <translation>Räntebärande i avbetalningsplan</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>Effektiv ränta</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to CapLegal Desktop</source>
            <translation>Välkommen till CapLegal Desktop</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Choose how to begin.</source>
            <translation>Det är första gången programmet startar på den här datorn. Välj hur ni vill börja.</translation>
        </message>
        <message>
            <source>A small demo set (%1 cases) to practise on</source>
            <translation>En liten demouppsättning (%1 ärenden) att öva på</translation>
        </message>
        <message>
            <source>An empty database for our own cases</source>
            <translation>En tom databas för våra egna ärenden</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>e.g. Advokatfirmaet Holm &amp; Kjær</source>
            <translation>t.ex. Advokatfirmaet Holm &amp; Kjær</translation>
        </message>
        <message>
            <source>Firm name:</source>
            <translation>Byråns namn:</translation>
        </message>
        <message>
            <source>Your initials:</source>
            <translation>Dina initialer:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Ditt namn:</translation>
        </message>
        <message>
            <source>Signed in as %1. The data is kept in %2 (an uninstall leaves it there).</source>
            <translation>Inloggad som %1. Data sparas i %2 (en avinstallation lämnar dem kvar).</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starta</translation>
        </message>
        <message>
            <source>Preparing the database ...</source>
            <translation>Förbereder databasen ...</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTexts</name>
        <message>
            <source>Follow-ups</source>
            <translation>Bevakningar</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfallna</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Utförda</translation>
        </message>
        <message>
            <source>Only mine</source>
            <translation>Bara mina</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>Utför</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Återuppta</translation>
        </message>
        <message>
            <source>Mass execution</source>
            <translation>Massutförande</translation>
        </message>
        <message>
            <source>Open letter</source>
            <translation>Öppna brev</translation>
        </message>
        <message>
            <source>Letter as PDF</source>
            <translation>Brev som PDF</translation>
        </message>
        <message>
            <source>This follow-up has no letter.</source>
            <translation>Den här bevakningen har inget brev.</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF sparad: %1</translation>
        </message>
        <message>
            <source>Follow-up runs</source>
            <translation>Körningar</translation>
        </message>
        <message>
            <source>Re-execute</source>
            <translation>Kör igen</translation>
        </message>
        <message>
            <source>Open letters</source>
            <translation>Öppna brev</translation>
        </message>
        <message>
            <source>Combined for printing</source>
            <translation>Samlat dokument</translation>
        </message>
        <message>
            <source>Show merge fields</source>
            <translation>Visa kopplingsfält</translation>
        </message>
        <message>
            <source>Template merge fields</source>
            <translation>Kopplingsfält</translation>
        </message>
        <message>
            <source>Executing follow-ups …</source>
            <translation>Utför bevakningar …</translation>
        </message>
        <message>
            <source>Execute %1 due follow-up(s)?</source>
            <translation>Vill du utföra %1 förfallna bevakning(ar)?</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Inga förfallna.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Välj en rad först.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Körning</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>Utförda</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Överhoppade</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Misslyckade</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Avgifter</translation>
        </message>
        <message>
            <source>Grouped by activity</source>
            <translation>Grupperad efter aktivitet</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Arbetsflöde</translation>
        </message>
        <message>
            <source>To be executed</source>
            <translation>Ska utföras</translation>
        </message>
        <message>
            <source>Due activities</source>
            <translation>Förfallna aktiviteter</translation>
        </message>
        <message>
            <source>Without an activity (done one by one)</source>
            <translation>Utan aktivitet (utförs en i taget)</translation>
        </message>
        <message>
            <source>Execute %1 due follow-up(s) of the activity %2?</source>
            <translation>Vill du utföra %1 förfallna bevakning(ar) av aktiviteten %2?</translation>
        </message>
        <message>
            <source>Follow-ups without an activity are executed one by one: mark one and choose Execute.</source>
            <translation>Bevakningar utan aktivitet utförs en i taget: markera en och välj Utför.</translation>
        </message>
        <message>
            <source>Schedule missing</source>
            <translation>Bevaka saknade</translation>
        </message>
        <message>
            <source>%1 case(s) without a follow-up got their workflow's first activity.</source>
            <translation>%1 ärende(n) utan bevakning har fått arbetsflödets första aktivitet.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>FundamentTexts</name>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Dom</translation>
        </message>
        <message>
            <source>Settlement in the bailiff's court</source>
            <translation>Förlikning hos fogderätten</translation>
        </message>
        <message>
            <source>Payment claim</source>
            <translation>Betalningsföreläggande</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Återöppnad</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Stängd</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Ärende avser</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Gäldenär</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Court no.</source>
            <translation>Domstolens målnr</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Domkrets</translation>
        </message>
        <message>
            <source>Hearing date and time</source>
            <translation>Datum och tid för förhandling</translation>
        </message>
        <message>
            <source>Execution deadline</source>
            <translation>Verkställighetsfrist</translation>
        </message>
        <message>
            <source>Previously awarded legal costs</source>
            <translation>Tidigare tilldömda rättegångskostnader</translation>
        </message>
        <message>
            <source>Previous bailiff fee</source>
            <translation>Tidigare förrättningsavgift</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiverad</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Enforcement title {no}</source>
            <translation>Exekutionstitel {no}</translation>
        </message>
        <message>
            <source>Enforcement titles</source>
            <translation>Exekutionstitlar</translation>
        </message>
        <message>
            <source>Create enforcement title – case {case_no}</source>
            <translation>Skapa exekutionstitel – ärende {case_no}</translation>
        </message>
        <message>
            <source>Create enforcement title</source>
            <translation>Skapa exekutionstitel</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specifikation</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Enforcement title no.</source>
            <translation>Titelnr</translation>
        </message>
        <message>
            <source>Enforcement title type</source>
            <translation>Typ av exekutionstitel</translation>
        </message>
        <message>
            <source>Enforcement title date</source>
            <translation>Titelns datum</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Förhandling</translation>
        </message>
        <message>
            <source>Exec. deadline</source>
            <translation>Verkst.frist</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <translation>tt:mm</translation>
        </message>
        <message>
            <source>Statistics as of</source>
            <translation>Statistik per</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Avgifter</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Arvode</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <translation>Utlägg</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Total skuld</translation>
        </message>
        <message>
            <source>OK (save)</source>
            <translation>OK (spara)</translation>
        </message>
        <message>
            <source>Cancel changes</source>
            <translation>Ångra ändringar</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktivera</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Återöppna</translation>
        </message>
        <message>
            <source>Close enforcement title</source>
            <translation>Stäng exekutionstitel</translation>
        </message>
        <message>
            <source>Enforcement title {no} created as a draft.</source>
            <translation>Exekutionstitel {no} skapad som utkast.</translation>
        </message>
        <message>
            <source>Enforcement title {no} saved.</source>
            <translation>Exekutionstitel {no} sparad.</translation>
        </message>
        <message>
            <source>Enforcement title {no} activated.</source>
            <translation>Exekutionstitel {no} aktiverad.</translation>
        </message>
        <message>
            <source>Enforcement title {nos} closed.</source>
            <translation>Exekutionstitel {nos} stängd.</translation>
        </message>
        <message>
            <source>Enforcement title</source>
            <translation>Exekutionstitel</translation>
        </message>
        <message>
            <source>Always fill in the fundament date (date of judgment or settlement).</source>
            <translation>Fyll alltid i titelns datum (domsdatum eller förlikningsdatum).</translation>
        </message>
        <message>
            <source>Fill in the fundament date before the other fundament details.</source>
            <translation>Fyll i titelns datum innan övriga uppgifter.</translation>
        </message>
        <message>
            <source>The fundament date cannot be later than today.</source>
            <translation>Titelns datum kan inte vara senare än i dag.</translation>
        </message>
        <message>
            <source>Cannot be dated before the fundament date {day}.</source>
            <translation>Kan inte dateras före titelns datum {day}.</translation>
        </message>
        <message>
            <source>Not a time. Write it like 10:30.</source>
            <translation>Inte en tid. Skriv som 10:30.</translation>
        </message>
        <message>
            <source>Give the hearing date with the time.</source>
            <translation>Ange förhandlingsdatum tillsammans med tiden.</translation>
        </message>
        <message>
            <source>The case has no debtor.</source>
            <translation>Ärendet har ingen gäldenär.</translation>
        </message>
        <message>
            <source>Mark a case (or open its card) to create a fundament.</source>
            <translation>Markera ett ärende (eller öppna dess kort) för att skapa en exekutionstitel.</translation>
        </message>
        <message>
            <source>Changes discarded.</source>
            <translation>Ändringarna är ångrade.</translation>
        </message>
        <message>
            <source>The debtor already has an active fundament on this case ({nos}).

Close it and activate {no} instead?</source>
            <translation>Gäldenären har redan en aktiv exekutionstitel i ärendet ({nos}).

Stänga den och aktivera {no} i stället?</translation>
        </message>
        <message>
            <source>Close and activate</source>
            <translation>Stäng och aktivera</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <source>Batch %1 is posted: %n entry(ies).</source>
            <translation>
                <numerusform>Journalen %1 är bokförd: %n post.</numerusform>
                <numerusform>Journalen %1 är bokförd: %n poster.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalTexts</name>
        <message>
            <source>Collection journal</source>
            <translation>Inkassojournal</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Journal:</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrollera</translation>
        </message>
        <message>
            <source>Preview posting</source>
            <translation>Förhandsgranska</translation>
        </message>
        <message>
            <source>Import payment file</source>
            <translation>Läs in bankfil</translation>
        </message>
        <message>
            <source>Suspense list</source>
            <translation>Avstämningslista</translation>
        </message>
        <message>
            <source>New line</source>
            <translation>Ny rad</translation>
        </message>
        <message>
            <source>Post %1 line(s) in batch %2?</source>
            <translation>Vill du bokföra %1 rad(er) i journalen %2?</translation>
        </message>
        <message>
            <source>The batch has no problems.</source>
            <translation>Journalen har inga fel.</translation>
        </message>
        <message>
            <source>%1 problem(s) — correct them before posting.</source>
            <translation>%1 fel — rätta dem före bokföring.</translation>
        </message>
        <message>
            <source>Posting preview</source>
            <translation>Bokföring (förhandsgranskning)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bokför</translation>
        </message>
        <message>
            <source>Suspense list (unmatched payments)</source>
            <translation>Avstämningslista</translation>
        </message>
        <message>
            <source>Assign to case</source>
            <translation>Placera på ärende</translation>
        </message>
        <message>
            <source>Case no.:</source>
            <translation>Ärendenummer:</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrera betalning</translation>
        </message>
        <message>
            <source>Payment type</source>
            <translation>Betalningstyp</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Fördelning</translation>
        </message>
        <message>
            <source>Claim to settle first</source>
            <translation>Fordran som regleras först</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>(none in particular)</source>
            <translation>(ingen särskild)</translation>
        </message>
        <message>
            <source>Payment to client</source>
            <translation>Betalning till klient</translation>
        </message>
        <message>
            <source>Credit from amount</source>
            <translation>Kreditering av belopp</translation>
        </message>
        <message>
            <source>Returned order</source>
            <translation>Returnerad order</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Inbetalare</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Välj ett ärende först.</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bokföringsdatum</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Entry type</source>
            <translation>Posttyp</translation>
        </message>
        <message>
            <source>Tariff code</source>
            <translation>Taxekod</translation>
        </message>
        <message>
            <source>Posting template</source>
            <translation>Bokföringsmall</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Print letter – case %1</source>
            <translation>Skriv ut brev – ärende %1</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bläddra …</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Spara som</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-dokument (*.docx)</translation>
        </message>
        <message>
            <source>Choose a letter.</source>
            <translation>Välj ett brev.</translation>
        </message>
        <message>
            <source>Choose a file in an existing folder.</source>
            <translation>Välj en fil i en mapp som finns.</translation>
        </message>
    </context>
    <context>
        <name>Limitation</name>
        <message>
            <source>Open a case first.</source>
            <translation>Öppna ett ärende först.</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Preskription</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Invändning</translation>
        </message>
        <message>
            <source>Add limitation event</source>
            <translation>Lägg till preskriptionshändelse</translation>
        </message>
        <message>
            <source>Register objection</source>
            <translation>Registrera invändning</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Invändningar</translation>
        </message>
        <message>
            <source>Claims time-barred</source>
            <translation>Preskriberade fordringar</translation>
        </message>
        <message>
            <source>Time-barred within 30 · 60 · 90 days</source>
            <translation>Preskriberas inom 30 · 60 · 90 dagar</translation>
        </message>
        <message>
            <source>Limitation of case %1</source>
            <translation>Preskription för ärende %1</translation>
        </message>
        <message>
            <source>Claim / date</source>
            <translation>Fordran / datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Verkan</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Limitation after</source>
            <translation>Preskriberas därefter</translation>
        </message>
        <message>
            <source>Greyed events are not counted (too late, or no interruption under the rule).</source>
            <translation>Grå händelser räknas inte (för sent, eller inget avbrott enligt regeln).</translation>
        </message>
        <message>
            <source>Register objection · case %1</source>
            <translation>Registrera invändning · ärende %1</translation>
        </message>
        <message>
            <source>The debtor, or the client reporting it</source>
            <translation>Gäldenären, eller klienten som anmäler den</translation>
        </message>
        <message>
            <source>Reported by the client</source>
            <translation>Anmäld av klienten</translation>
        </message>
        <message>
            <source>The whole case</source>
            <translation>Hela ärendet</translation>
        </message>
        <message>
            <source>What is disputed …</source>
            <translation>Vad bestrids …</translation>
        </message>
        <message>
            <source>Path of the letter or e-mail</source>
            <translation>Sökväg till brevet eller e-posten</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottagen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Fordran</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Bestridd</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>While the objection is open the case gets no letters, fees or court steps; follow-ups wait.</source>
            <translation>Medan invändningen är öppen får ärendet inga brev, avgifter eller rättsliga åtgärder; bevakningar väntar.</translation>
        </message>
        <message>
            <source>Close objection</source>
            <translation>Avsluta invändning</translation>
        </message>
        <message>
            <source>claim %1</source>
            <translation>fordran %1</translation>
        </message>
        <message>
            <source>the whole case</source>
            <translation>hela ärendet</translation>
        </message>
        <message>
            <source>The answer to the debtor …</source>
            <translation>Svaret till gäldenären …</translation>
        </message>
        <message>
            <source>Reduce by</source>
            <translation>Sätt ned med</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Objections · case %1</source>
            <translation>Invändningar · ärende %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Close objection …</source>
            <translation>Avsluta invändning …</translation>
        </message>
        <message>
            <source>Ask the client …</source>
            <translation>Fråga klienten …</translation>
        </message>
        <message>
            <source>Ask the client</source>
            <translation>Fråga klienten</translation>
        </message>
        <message>
            <source>Objection from %1 received %2: %3</source>
            <translation>Invändning från %1 mottagen %2: %3</translation>
        </message>
        <message>
            <source>Leave empty to ask whether to maintain, reduce or drop the claim.</source>
            <translation>Tomt: klienten tillfrågas om kravet ska stå kvar, sättas ned eller släppas.</translation>
        </message>
        <message>
            <source>Add limitation event · case %1</source>
            <translation>Lägg till preskriptionshändelse · ärende %1</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Avslutad den</translation>
        </message>
        <message>
            <source>Every claim of the case</source>
            <translation>Alla ärendets fordringar</translation>
        </message>
        <message>
            <source>In writing: the debtor acknowledges existence and amount</source>
            <translation>Skriftligt: gäldenären erkänner fordran och beloppet</translation>
        </message>
        <message>
            <source>Path of the document</source>
            <translation>Sökväg till dokumentet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Within %1 days</source>
            <translation>Inom %1 dagar</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Time-barred on</source>
            <translation>Preskriberas den</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dagar kvar</translation>
        </message>
        <message>
            <source>Step that interrupts</source>
            <translation>Åtgärd som avbryter</translation>
        </message>
        <message>
            <source>time-barred</source>
            <translation>preskriberad</translation>
        </message>
        <message>
            <source>%1 claims</source>
            <translation>%1 fordringar</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open objections</source>
            <translation>Öppna invändningar</translation>
        </message>
        <message>
            <source>No claims</source>
            <translation>Inga fordringar</translation>
        </message>
        <message>
            <source>TIME-BARRED</source>
            <translation>PRESKRIBERAD</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>om %1 dagar</translation>
        </message>
        <message>
            <source>Interest after fundament</source>
            <translation>Ränta efter dom</translation>
        </message>
        <message>
            <source>Maintain the claim</source>
            <translation>Vidhåll kravet</translation>
        </message>
        <message>
            <source>Reduce the claim (credit)</source>
            <translation>Sätt ned kravet (kreditering)</translation>
        </message>
        <message>
            <source>Drop the claim</source>
            <translation>Återkalla kravet</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutad</translation>
        </message>
    </context>
    <context>
        <name>LimitationWarning</name>
        <message>
            <source>Claim %1 %2</source>
            <translation>Fordran %1 %2</translation>
        </message>
        <message>
            <source>The case has an open objection: add no fees or salary for the disputed part until it is closed.</source>
            <translation>Ärendet har en öppen invändning: lägg inte till avgifter eller arvode för den bestridda delen förrän den är avslutad.</translation>
        </message>
    </context>
    <context>
        <name>ListActions</name>
        <message>
            <source>Nothing to post on this page (F9).</source>
            <translation>Det finns inget att bokföra på den här sidan (F9).</translation>
        </message>
        <message>
            <source>Check the journal lines, then post them with F9.</source>
            <translation>Kontrollera journalraderna och bokför dem med F9.</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Välj först ett ärende.</translation>
        </message>
        <message>
            <source>Delete case</source>
            <translation>Radera ärende</translation>
        </message>
        <message>
            <source>Delete case %1? Its parties, notes and history are deleted too.</source>
            <translation>Vill du radera ärende %1? Ärendets parter, anteckningar och historik raderas också.</translation>
        </message>
        <message>
            <source>Client %1 created.</source>
            <translation>Klient %1 har skapats.</translation>
        </message>
        <message>
            <source>Party %1 created.</source>
            <translation>Part %1 har skapats.</translation>
        </message>
        <message>
            <source>Employee %1 created.</source>
            <translation>Medarbetare %1 har skapats.</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Radera klient</translation>
        </message>
        <message>
            <source>Delete party</source>
            <translation>Radera part</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Ärendetyper</translation>
        </message>
        <message>
            <source>Codes cannot be added to this table here.</source>
            <translation>Koder kan inte läggas till i denna tabell här.</translation>
        </message>
        <message>
            <source>Code %1 created.</source>
            <translation>Koden %1 har skapats.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Select a record first.</source>
            <translation>Välj först en post.</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Vill du radera %1?</translation>
        </message>
        <message>
            <source>%1 already exists: nothing was created.</source>
            <translation>%1 finns redan: inget har skapats.</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filtrera (Ctrl+F)</translation>
        </message>
        <message>
            <source>Exporting …</source>
            <translation>Exporterar …</translation>
        </message>
        <message>
            <source>Preparing the printout …</source>
            <translation>Förbereder utskriften …</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) sent to the printer</source>
            <translation>
                <numerusform>%n rad skickad till skrivaren</numerusform>
                <numerusform>%n rader skickade till skrivaren</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter: %1</source>
            <translation>Filter: %1</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exportera till Excel</translation>
        </message>
        <message>
            <source>Export to CSV</source>
            <translation>Exportera till CSV</translation>
        </message>
        <message>
            <source>CSV (semicolon) (*.csv)</source>
            <translation>CSV (semikolon) (*.csv)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>Export to Word</source>
            <translation>Exportera till Word</translation>
        </message>
        <message>
            <source>The filter can be at most %1 characters long.</source>
            <translation>Filtret kan vara högst %1 tecken långt.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1</source>
            <translation>
                <numerusform>%n rad exporterad till %1</numerusform>
                <numerusform>%n rader exporterade till %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPages</name>
        <message>
            <source>Disputed</source>
            <translation>Bestridd</translation>
        </message>
        <message>
            <source>Time-barred</source>
            <translation>Preskriberad</translation>
        </message>
        <message>
            <source>Case entries</source>
            <translation>Ärendeposter</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Fees and costs</source>
            <translation>Avgifter och kostnader</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Total skuld</translation>
        </message>
        <message>
            <source>Case details</source>
            <translation>Ärendeuppgifter</translation>
        </message>
        <message>
            <source>Regarding</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Ärendeöversikt</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Gäldenär</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Registrerat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Markering</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Balance excl. interest</source>
            <translation>Saldo exkl. ränta</translation>
        </message>
        <message>
            <source>Client statistics</source>
            <translation>Klientstatistik</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistrerad</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>CPR/CVR</source>
            <translation>Personnr/Orgnr</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Codes and tables</source>
            <translation>Koder och tabeller</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>LookupDialog</name>
        <message>
            <source>Filter:</source>
            <translation>Filter:</translation>
        </message>
    </context>
    <context>
        <name>LookupEdit</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>F4: look up · Ctrl+F4: full list</source>
            <translation>F4: slå upp · Ctrl+F4: hela listan</translation>
        </message>
        <message>
            <source>Look up (F4)</source>
            <translation>Slå upp (F4)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Slå upp</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Role Center</source>
            <translation>Startsida</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Ärendeöversikt</translation>
        </message>
        <message>
            <source>Payment plans</source>
            <translation>Avbetalningsplaner</translation>
        </message>
        <message>
            <source>Enforcement titles</source>
            <translation>Exekutionstitlar</translation>
        </message>
        <message>
            <source>Collection journals</source>
            <translation>Inkassojournaler</translation>
        </message>
        <message>
            <source>Client settlements</source>
            <translation>Klientredovisning</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Bevakningar</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Förfrågningar</translation>
        </message>
        <message>
            <source>Suspense list</source>
            <translation>Avstämningslista</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Preskription</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Grunddata</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Codes and tables</source>
            <translation>Koder och tabeller</translation>
        </message>
        <message>
            <source>Reference rates</source>
            <translation>Referensräntor</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>Arvodestabeller</translation>
        </message>
        <message>
            <source>Fixed fees</source>
            <translation>Fasta avgifter</translation>
        </message>
        <message>
            <source>Rate caps</source>
            <translation>Räntetak</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Users and audit log</source>
            <translation>Användare och revisionslogg</translation>
        </message>
        <message>
            <source>CapLegal Desktop</source>
            <translation>CapLegal Desktop</translation>
        </message>
        <message>
            <source>Quick search (Ctrl+K)</source>
            <translation>Snabbsökning (Ctrl+K)</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Användare: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>Company: %1</source>
            <translation>Företag: %1</translation>
        </message>
        <message>
            <source>There is no card for this record yet.</source>
            <translation>Det finns ännu inget kort för denna post.</translation>
        </message>
        <message>
            <source>This function is not available yet.</source>
            <translation>Funktionen är inte tillgänglig ännu.</translation>
        </message>
        <message>
            <source>No case matches “%1”.</source>
            <translation>Inget ärende matchar “%1”.</translation>
        </message>
        <message>
            <source>%1 hits for “%2”</source>
            <translation>%1 träffar på “%2”</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>New client</source>
            <translation>Ny klient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>CVR-nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistrerad</translation>
        </message>
        <message>
            <source>client</source>
            <translation>klient</translation>
        </message>
        <message>
            <source>The name must be filled in.</source>
            <translation>Namnet måste fyllas i.</translation>
        </message>
    </context>
    <context>
        <name>NewEmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>Ny medarbetare</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
    </context>
    <context>
        <name>NewPartyDialog</name>
        <message>
            <source>New party</source>
            <translation>Ny part</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>CPR/CVR no.</source>
            <translation>Person-/org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Domkrets</translation>
        </message>
        <message>
            <source>Bailiff's court</source>
            <translation>Kronofogden</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Ärende avser part</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>party</source>
            <translation>part</translation>
        </message>
        <message>
            <source>The name must be filled in.</source>
            <translation>Namnet måste fyllas i.</translation>
        </message>
        <message>
            <source>The post code %1 does not exist.</source>
            <translation>Postnumret %1 finns inte.</translation>
        </message>
    </context>
    <context>
        <name>NewSetupCodeDialog</name>
        <message>
            <source>New code: %1</source>
            <translation>Ny kod: %1</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Domkrets</translation>
        </message>
        <message>
            <source>Bailiff's court</source>
            <translation>Kronofogden</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>%1 must be filled in.</source>
            <translation>%1 måste fyllas i.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Ny användare</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Codes, e.g. NORD,SYD (empty: the whole client)</source>
            <translation>Koder, t.ex. NORD,SYD (tomt: hela klienten)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Skapa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Användarnamn:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Namn:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Roll:</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Medarbetare:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Client no.:</source>
            <translation>Klientnr:</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>Avdelningar:</translation>
        </message>
        <message>
            <source>A temporary password is made; the user chooses their own at the first sign-in.</source>
            <translation>Ett tillfälligt lösenord skapas; användaren väljer ett eget vid första inloggningen.</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>Lägg till anteckning</translation>
        </message>
        <message>
            <source>Write the note …</source>
            <translation>Skriv anteckningen …</translation>
        </message>
        <message>
            <source>Save the note (Ctrl+Enter)</source>
            <translation>Spara anteckningen (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <source>Change password</source>
            <translation>Byt lösenord</translation>
        </message>
        <message>
            <source>Your password is changed.</source>
            <translation>Ditt lösenord är bytt.</translation>
        </message>
    </context>
    <context>
        <name>PartiesDialog</name>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Change party type</source>
            <translation>Byt parttyp</translation>
        </message>
        <message>
            <source>Remove from case</source>
            <translation>Ta bort från ärendet</translation>
        </message>
        <message>
            <source>New party type</source>
            <translation>Ny parttyp</translation>
        </message>
    </context>
    <context>
        <name>PartyCard</name>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Name 2</source>
            <translation>Namn 2</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>CPR/CVR no.</source>
            <translation>Person-/org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>c/o</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>Address 2</source>
            <translation>Adress 2</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Domkrets</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Debt restructuring (gældssanering)</source>
            <translation>Skuldsanering</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Avliden</translation>
        </message>
        <message>
            <source>Personal bankruptcy</source>
            <translation>Konkurs</translation>
        </message>
        <message>
            <source>A flagged party is shown with a warning on its cases, in the wizard and in letter runs.</source>
            <translation>En markerad part visas med en varning på sina ärenden, i guiden och i brevkörningar.</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Party card %1 · %2</source>
            <translation>Partkort %1 · %2</translation>
        </message>
        <message>
            <source>Party %1 saved.</source>
            <translation>Part %1 har sparats.</translation>
        </message>
    </context>
    <context>
        <name>PartyStep</name>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttyp</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Domkrets</translation>
        </message>
        <message>
            <source>Regarding party</source>
            <translation>Avser part</translation>
        </message>
        <message>
            <source>No party matches “%1”. Create a new party?</source>
            <translation>Ingen part matchar ”%1”. Skapa en ny part?</translation>
        </message>
        <message>
            <source>Text about the marked debtor</source>
            <translation>Text om den markerade gäldenären</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Ärende avser part</translation>
        </message>
        <message>
            <source>Debtors on the case (Ctrl+Del removes the marked one)</source>
            <translation>Gäldenärer i ärendet (Ctrl+Del tar bort den markerade)</translation>
        </message>
        <message>
            <source>Add party: search words, Enter</source>
            <translation>Lägg till part: sökord, Enter</translation>
        </message>
        <message>
            <source>Add party (Alt+A)</source>
            <translation>Lägg till part (Alt+A)</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>%1 is already on the case.</source>
            <translation>%1 finns redan i ärendet.</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ny)</translation>
        </message>
        <message>
            <source>%1 added as debtor. Search again to add one more.</source>
            <translation>%1 har lagts till som gäldenär. Sök igen för att lägga till en till.</translation>
        </message>
        <message>
            <source>The case must have at least one debtor: add a party.</source>
            <translation>Ärendet måste ha minst en gäldenär: lägg till en part.</translation>
        </message>
    </context>
    <context>
        <name>PartyWarning</name>
        <message>
            <source>Attention — collect by the special rules for this party:</source>
            <translation>Observera – särskilda regler för indrivning mot denna part:</translation>
        </message>
    </context>
    <context>
        <name>PaymentPlanTexts</name>
        <message>
            <source>Payment plan {no}</source>
            <translation>Avbetalningsplan {no}</translation>
        </message>
        <message>
            <source>Payment plans</source>
            <translation>Avbetalningsplaner</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Calculator</source>
            <translation>Beräkning</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specifikation</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Half-year</source>
            <translation>Halvår</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Pay oldest first</source>
            <translation>Betala äldsta först</translation>
        </message>
        <message>
            <source>Pro rata</source>
            <translation>Proportionellt</translation>
        </message>
        <message>
            <source>Special settlement</source>
            <translation>Särskild reglering</translation>
        </message>
        <message>
            <source>Interest first</source>
            <translation>Ränta först</translation>
        </message>
        <message>
            <source>Costs first</source>
            <translation>Kostnader först</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapital</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kostnader</translation>
        </message>
        <message>
            <source>Instalment change</source>
            <translation>Ändrad delbetalning</translation>
        </message>
        <message>
            <source>Interest stop</source>
            <translation>Räntestopp</translation>
        </message>
        <message>
            <source>Payment deferral</source>
            <translation>Betalningsanstånd</translation>
        </message>
        <message>
            <source>Reduced payment</source>
            <translation>Minskad betalning</translation>
        </message>
        <message>
            <source>Increased payment</source>
            <translation>Ökad betalning</translation>
        </message>
        <message>
            <source>Interest agreement</source>
            <translation>Ränteavtal</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Gäldenärer</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiverad</translation>
        </message>
        <message>
            <source>Replaces plan</source>
            <translation>Ersätter plan</translation>
        </message>
        <message>
            <source>Extraordinary payment amount</source>
            <translation>Extra betalningsbelopp</translation>
        </message>
        <message>
            <source>Extraordinary payment date</source>
            <translation>Extra betalningsdatum</translation>
        </message>
        <message>
            <source>First payment date</source>
            <translation>Första betalningsdag</translation>
        </message>
        <message>
            <source>Payment term</source>
            <translation>Betalningsintervall</translation>
        </message>
        <message>
            <source>Number of periods</source>
            <translation>Antal perioder</translation>
        </message>
        <message>
            <source>Last payment date</source>
            <translation>Sista betalningsdag</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>Delbetalning</translation>
        </message>
        <message>
            <source>Accrued interest</source>
            <translation>Upplupen ränta</translation>
        </message>
        <message>
            <source>Limit payment type</source>
            <translation>Begränsa betalningstyp</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Betalningsordning</translation>
        </message>
        <message>
            <source>Debt at the start of the plan</source>
            <translation>Skuld vid planens start</translation>
        </message>
        <message>
            <source>Credit amount</source>
            <translation>Kreditbelopp</translation>
        </message>
        <message>
            <source>Credit costs</source>
            <translation>Kreditkostnader</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>Effektiv ränta</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>In solidum</source>
            <translation>Solidariskt</translation>
        </message>
        <message>
            <source>Liability share %</source>
            <translation>Ansvarsandel %</translation>
        </message>
        <message>
            <source>Repayment share %</source>
            <translation>Återbetalningsandel %</translation>
        </message>
        <message>
            <source>Payment priority</source>
            <translation>Betalningsprioritet</translation>
        </message>
        <message>
            <source>Limit payment percentage</source>
            <translation>Begränsa betalningsprocent</translation>
        </message>
        <message>
            <source>Interest-bearing in plan</source>
            <translation>Räntebärande i planen</translation>
        </message>
        <message>
            <source>Interest %</source>
            <translation>Ränta %</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Remaining debt</source>
            <translation>Restskuld</translation>
        </message>
        <message>
            <source>Applied to</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betald</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Delvis betald</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Förfallen</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Ej förfallen</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>Beräkna</translation>
        </message>
        <message>
            <source>Activate payment plan</source>
            <translation>Aktivera avbetalningsplan</translation>
        </message>
        <message>
            <source>Payment plan</source>
            <translation>Avbetalningsplan</translation>
        </message>
        <message>
            <source>Payment agreements</source>
            <translation>Betalningsavtal</translation>
        </message>
        <message>
            <source>Print credit costs</source>
            <translation>Skriv ut kreditkostnader</translation>
        </message>
        <message>
            <source>Close payment plan</source>
            <translation>Avsluta avbetalningsplan</translation>
        </message>
        <message>
            <source>Reopen payment plan</source>
            <translation>Återöppna avbetalningsplan</translation>
        </message>
        <message>
            <source>Create payment plan</source>
            <translation>Skapa avbetalningsplan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>Choose the debtors included in the payment plan</source>
            <translation>Välj de gäldenärer som ingår i avbetalningsplanen</translation>
        </message>
        <message>
            <source>The debtor already has an active payment plan ({nos}).

If you choose Create new, the active payment plan is closed when the new one is activated.</source>
            <translation>Gäldenären har redan en aktiv avbetalningsplan ({nos}).

Väljer du Skapa ny avslutas den aktiva avbetalningsplanen när den nya aktiveras.</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Skapa ny</translation>
        </message>
        <message>
            <source>Select a case in the case overview first.</source>
            <translation>Markera först ett ärende i ärendeöversikten.</translation>
        </message>
        <message>
            <source>The plan is calculated: {periods} periods of {instalment}.</source>
            <translation>Planen är beräknad: {periods} perioder à {instalment}.</translation>
        </message>
        <message>
            <source>Payment plan {no} is activated.</source>
            <translation>Avbetalningsplan {no} är aktiverad.</translation>
        </message>
        <message>
            <source>Payment plan {nos} is closed.</source>
            <translation>Avbetalningsplan {nos} är avslutad.</translation>
        </message>
        <message>
            <source>Do you want to change this payment plan or create a new one?

Creating a new payment plan is recommended, as it keeps the history.</source>
            <translation>Vill du ändra den här avbetalningsplanen eller skapa en ny?

Vi rekommenderar att du skapar en ny avbetalningsplan, eftersom historiken då bevaras.</translation>
        </message>
        <message>
            <source>Change this one</source>
            <translation>Ändra den här</translation>
        </message>
        <message>
            <source>Create new (recommended)</source>
            <translation>Skapa ny (rekommenderas)</translation>
        </message>
        <message>
            <source>General agreements</source>
            <translation>Allmänna avtal</translation>
        </message>
        <message>
            <source>Changes to single instalments</source>
            <translation>Ändring av enskilda delbetalningar</translation>
        </message>
        <message>
            <source>Agreement type</source>
            <translation>Avtalstyp</translation>
        </message>
        <message>
            <source>In force from period</source>
            <translation>Gäller från period</translation>
        </message>
        <message>
            <source>New instalment, if any</source>
            <translation>Ev. ny delbetalning</translation>
        </message>
        <message>
            <source>Agreement remarks</source>
            <translation>Avtalsanteckningar</translation>
        </message>
        <message>
            <source>Period no.</source>
            <translation>Periodnr</translation>
        </message>
        <message>
            <source>Interest rate %</source>
            <translation>Räntesats %</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>First instalment (period 1) {first}; last instalment, period {last_no}, falls due {last}.</source>
            <translation>Första delbetalning (period 1) {first}; sista delbetalning, period {last_no}, förfaller {last}.</translation>
        </message>
        <message>
            <source>Include payment details</source>
            <translation>Ta med betalningsuppgifter</translation>
        </message>
        <message>
            <source>Save credit costs as PDF</source>
            <translation>Spara kreditkostnader som PDF</translation>
        </message>
        <message>
            <source>Credit costs saved: {path}</source>
            <translation>Kreditkostnader sparade: {path}</translation>
        </message>
        <message>
            <source>Accrued interest in the plan</source>
            <translation>Upplupen ränta i planen</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This page is not available yet.</source>
            <translation>Sidan är inte tillgänglig ännu.</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Change your password before you continue.</source>
            <translation>Byt ditt lösenord innan du fortsätter.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Titta i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av &amp;typ:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>QuickSearchBox</name>
        <message>
            <source>Search: customer no., CPR, invoice, OCR, e-mail, case ...</source>
            <translation>Sök: kundnr, personnr, faktura, OCR, e-post, ärende ...</translation>
        </message>
    </context>
    <context>
        <name>RateCaps</name>
        <message>
            <source>Correct rate cap</source>
            <translation>Rätta räntetak</translation>
        </message>
        <message>
            <source>Margin (percentage points)</source>
            <translation>Påslag (procentenheter)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Rätta</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bekräfta</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Reference series</source>
            <translation>Referensränta</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gäller från</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Påslag</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftad</translation>
        </message>
        <message>
            <source>Rate caps</source>
            <translation>Räntetak</translation>
        </message>
        <message>
            <source>UNVERIFIED – to confirm</source>
            <translation>EJ BEKRÄFTAD – ska bekräftas</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>The rate cap is corrected.</source>
            <translation>Räntetaket är rättat.</translation>
        </message>
        <message>
            <source>The rate cap is confirmed.</source>
            <translation>Räntetaket är bekräftat.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Status report</source>
            <translation>Statusrapport</translation>
        </message>
        <message>
            <source>Closed cases</source>
            <translation>Avslutade ärenden</translation>
        </message>
        <message>
            <source>Collected amounts</source>
            <translation>Indrivna belopp</translation>
        </message>
        <message>
            <source>Cases per case handler</source>
            <translation>Ärenden per handläggare</translation>
        </message>
        <message>
            <source>Number of cases per status and balances (principal, interest, costs, paid, balance) per client or per case on a date.</source>
            <translation>Antal ärenden per status och saldon (kapitalbelopp, ränta, kostnader, betalt, restskuld) per klient eller per ärende på ett datum.</translation>
        </message>
        <message>
            <source>Cases closed in the period with principal, collected and written-off amounts.</source>
            <translation>Ärenden avslutade under perioden med kapitalbelopp, indrivet och avskrivet belopp.</translation>
        </message>
        <message>
            <source>Payments per client per month in the period (the basis of the client settlement).</source>
            <translation>Inbetalningar per klient och månad under perioden (underlag för klientredovisningen).</translation>
        </message>
        <message>
            <source>Number of cases per status and balance per case handler on a date.</source>
            <translation>Antal ärenden per status och restskuld per handläggare på ett datum.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiva</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Vilande</translation>
        </message>
        <message>
            <source>Recalled</source>
            <translation>Återkallade</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapitalbelopp</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Ränta</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kostnader</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Restskuld</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Client no.</source>
            <translation>Klientnr</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Indrivet</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>Avskrivet</translation>
        </message>
        <message>
            <source>Left at closing</source>
            <translation>Rest vid avslut</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Inbetalningar</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>Per %1</translation>
        </message>
        <message>
            <source>Period %1 – %2</source>
            <translation>Period %1 – %2</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>Klient %1</translation>
        </message>
        <message>
            <source>Detailed</source>
            <translation>Detaljerad</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Alla klienter</translation>
        </message>
        <message>
            <source>Detailed (per case)</source>
            <translation>Detaljerad (per ärende)</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Kör</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per datum</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Running the report …</source>
            <translation>Rapporten körs …</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n rad</numerusform>
                <numerusform>%n rader</numerusform>
            </translation>
        </message>
        <message>
            <source>Run a report first.</source>
            <translation>Kör en rapport först.</translation>
        </message>
        <message>
            <source>CSV (semicolon) (*.csv)</source>
            <translation>CSV (semikolon) (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Spara rapport</translation>
        </message>
        <message>
            <source>The report was saved in %1</source>
            <translation>Rapporten sparades i %1</translation>
        </message>
        <message>
            <source>The report was sent to the printer.</source>
            <translation>Rapporten skickades till skrivaren.</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Open requests</source>
            <translation>Öppna ärendeförfrågningar</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Återkallelse</translation>
        </message>
        <message>
            <source>Message to handler</source>
            <translation>Meddelande till handläggare</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Stäng förfrågan</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Öppna ärende</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Stängd</translation>
        </message>
        <message>
            <source>Awaiting us</source>
            <translation>Väntar på oss</translation>
        </message>
        <message>
            <source>Awaiting the client</source>
            <translation>Väntar på klienten</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Byrån</translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Visa stängda</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottagen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>No open requests.</source>
            <translation>Inga öppna förfrågningar.</translation>
        </message>
        <message>
            <source>Write the answer to the client …</source>
            <translation>Skriv svaret till klienten …</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svara</translation>
        </message>
        <message>
            <source>Answer and close</source>
            <translation>Svara och stäng</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Förfrågningar</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>Välj en förfrågan först.</translation>
        </message>
        <message>
            <source>%1: answer sent to the client.</source>
            <translation>%1: svaret har skickats till klienten.</translation>
        </message>
        <message>
            <source>Complete the recall? Case %1 is then closed.</source>
            <translation>Vill du avsluta återkallelsen? Ärende %1 stängs därefter.</translation>
        </message>
    </context>
    <context>
        <name>Ribbon</name>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Preskription</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Case actions</source>
            <translation>Ärendeåtgärder</translation>
        </message>
    </context>
    <context>
        <name>RoleCenterPage</name>
        <message>
            <source>Role Center</source>
            <translation>Startsida</translation>
        </message>
        <message>
            <source>Cases created today</source>
            <translation>Ärenden registrerade i dag</translation>
        </message>
        <message>
            <source>Active cases</source>
            <translation>Aktiva ärenden</translation>
        </message>
        <message>
            <source>Due follow-ups</source>
            <translation>Förfallna bevakningar</translation>
        </message>
        <message>
            <source>Unposted journal lines</source>
            <translation>Ej bokförda journalrader</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoriter</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Outstanding in all (excl. interest)</source>
            <translation>Utestående totalt (exkl. ränta)</translation>
        </message>
        <message>
            <source>Collected this month</source>
            <translation>Inkasserat denna månad</translation>
        </message>
        <message>
            <source>Collected this year</source>
            <translation>Inkasserat i år</translation>
        </message>
        <message>
            <source>Loading chart …</source>
            <translation>Hämtar diagram …</translation>
        </message>
        <message>
            <source>Quick links</source>
            <translation>Snabblänkar</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nytt ärende</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrera betalning</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Ärendeöversikt</translation>
        </message>
        <message>
            <source>Cases created</source>
            <translation>Registrerade ärenden</translation>
        </message>
        <message>
            <source>Collected (kr.)</source>
            <translation>Inkasserat (kr)</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search words, then Enter</source>
            <translation>Sökord, sedan Enter</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Sök:</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s). Enter picks the marked one.</source>
            <translation>
                <numerusform>%n träff. Enter väljer den markerade.</numerusform>
                <numerusform>%n träffar. Enter väljer den markerade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Inget hittades.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Amounts and dates follow the language.</source>
            <translation>Belopp och datum följer språket.</translation>
        </message>
    </context>
    <context>
        <name>SetupCodes</name>
        <message>
            <source>Code %1 created.</source>
            <translation>Koden %1 har skapats.</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Påminnelseavgift</translation>
        </message>
        <message>
            <source>Collection fee</source>
            <translation>Inkassoavgift</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Förseningsersättning</translation>
        </message>
        <message>
            <source>Salary (incl. awarded hearing fee)</source>
            <translation>Arvode (även tilldömt förhandlingsarvode)</translation>
        </message>
        <message>
            <source>Court fee (incl. awarded legal costs)</source>
            <translation>Domstolsavgift (även tilldömda rättegångskostnader)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>New fee or salary code</source>
            <translation>Ny arvodes-/avgiftskod</translation>
        </message>
        <message>
            <source>New tariff code</source>
            <translation>Ny taxekod</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Per case</source>
            <translation>Per ärende</translation>
        </message>
        <message>
            <source>Per claim</source>
            <translation>Per fordran</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Interest-bearing</source>
            <translation>Räntebärande</translation>
        </message>
        <message>
            <source>Legal rule</source>
            <translation>Lagregel</translation>
        </message>
        <message>
            <source>Amount (empty: set by the court)</source>
            <translation>Belopp (tomt: fastställs av domstolen)</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gäller från</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
    </context>
    <context>
        <name>SetupTables</name>
        <message>
            <source>Reference rates</source>
            <translation>Referensräntor</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>Arvodestabeller</translation>
        </message>
        <message>
            <source>Fixed fees</source>
            <translation>Fasta avgifter</translation>
        </message>
        <message>
            <source>Denmark – Nationalbanken's lending rate</source>
            <translation>Danmark – Nationalbankens utlåningsränta</translation>
        </message>
        <message>
            <source>Sweden – the Riksbank's reference rate</source>
            <translation>Sverige – Riksbankens referensränta</translation>
        </message>
        <message>
            <source>DK</source>
            <translation>DK</translation>
        </message>
        <message>
            <source>SE</source>
            <translation>SE</translation>
        </message>
        <message>
            <source>The rate in force from each date. A statement uses the last row on or before each 1 January and 1 July; a missing row is carried forward and the statement says so.</source>
            <translation>Räntan som gäller från varje datum. En specifikation använder den senaste raden per 1 januari och 1 juli; saknas en rad förs den senaste räntan vidare, och specifikationen säger det.</translation>
        </message>
        <message>
            <source>Legal figures with their source. A correction keeps the old value in the history.</source>
            <translation>Lagstadgade belopp med sin källa. En rättelse sparar det gamla värdet i historiken.</translation>
        </message>
        <message>
            <source>Rates missing: %1</source>
            <translation>Räntor som saknas: %1</translation>
        </message>
        <message>
            <source>Rows to confirm: %1</source>
            <translation>Rader att bekräfta: %1</translation>
        </message>
        <message>
            <source>Rows imported: %1</source>
            <translation>Importerade rader: %1</translation>
        </message>
        <message>
            <source>Every row is confirmed or certain.</source>
            <translation>Alla rader är bekräftade eller säkra.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Rate (%)</source>
            <translation>Ränta (%)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Bekräftad av</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>Bekräftad den</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>Claim from</source>
            <translation>Fordran från</translation>
        </message>
        <message>
            <source>Claim to</source>
            <translation>Fordran till</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>% of excess</source>
            <translation>% av överskjutande</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Underlag</translation>
        </message>
        <message>
            <source>over</source>
            <translation>över</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Avgifter</translation>
        </message>
        <message>
            <source>Court fees</source>
            <translation>Domstolsavgifter</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medel</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Ej verifierad</translation>
        </message>
        <message>
            <source>Needs confirmation: check it against the source and confirm it.</source>
            <translation>Ska bekräftas: kontrollera den mot källan och bekräfta den.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <source>No rate for this date. Mark the line and choose New rate.</source>
            <translation>Ingen ränta för detta datum. Markera raden och välj Ny ränta.</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Ny ränta</translation>
        </message>
        <message>
            <source>Correct rate</source>
            <translation>Rätta ränta</translation>
        </message>
        <message>
            <source>New row</source>
            <translation>Ny rad</translation>
        </message>
        <message>
            <source>Correct row</source>
            <translation>Rätta rad</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bekräfta</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importera CSV</translation>
        </message>
        <message>
            <source>New reference rate – %1</source>
            <translation>Ny referensränta – %1</translation>
        </message>
        <message>
            <source>Correct reference rate – %1</source>
            <translation>Rätta referensränta – %1</translation>
        </message>
        <message>
            <source>New row – %1</source>
            <translation>Ny rad – %1</translation>
        </message>
        <message>
            <source>Correct row – %1</source>
            <translation>Rätta rad – %1</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gäller från</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>e.g. Nationalbanken, press release of 19 June 2026</source>
            <translation>t.ex. Riksbanken, pressmeddelande 19 juni 2026</translation>
        </message>
        <message>
            <source>Why it is corrected (kept in the history with the old value)</source>
            <translation>Varför den rättas (sparas i historiken med det gamla värdet)</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Valid from: give the date.</source>
            <translation>Gäller från: ange datumet.</translation>
        </message>
        <message>
            <source>Valid from: not a date. Write it like %1.</source>
            <translation>Gäller från: inte ett datum. Skriv det som %1.</translation>
        </message>
        <message>
            <source>Valid from: a reference rate applies from 1 January or 1 July.</source>
            <translation>Gäller från: en referensränta gäller från 1 januari eller 1 juli.</translation>
        </message>
        <message>
            <source>Rate: give the rate in percent.</source>
            <translation>Ränta: ange räntan i procent.</translation>
        </message>
        <message>
            <source>Rate: not a percentage. Write it like %1 (at most 4 decimals).</source>
            <translation>Ränta: inte en procentsats. Skriv den som %1 (högst 4 decimaler).</translation>
        </message>
        <message>
            <source>Rate: must lie between -100 and 100 percent.</source>
            <translation>Ränta: måste ligga mellan -100 och 100 procent.</translation>
        </message>
        <message>
            <source>Amount: give the amount.</source>
            <translation>Belopp: ange beloppet.</translation>
        </message>
        <message>
            <source>Amount: not an amount. Write it like %1.</source>
            <translation>Belopp: inte ett belopp. Skriv det som %1.</translation>
        </message>
        <message>
            <source>%2: not an amount. Leave it empty (open end) or write it like %1.</source>
            <translation>%2: inte ett belopp. Lämna fältet tomt (öppet intervall) eller skriv det som %1.</translation>
        </message>
        <message>
            <source>Claim to: must not be below Claim from.</source>
            <translation>Fordran till: får inte vara mindre än Fordran från.</translation>
        </message>
        <message>
            <source>Source: say where the figure comes from.</source>
            <translation>Källa: ange var siffran kommer ifrån.</translation>
        </message>
        <message>
            <source>Reason: say why the figure is corrected.</source>
            <translation>Motivering: ange varför siffran rättas.</translation>
        </message>
        <message>
            <source>Nothing is changed: give a new value or a new source.</source>
            <translation>Inget är ändrat: ange ett nytt värde eller en ny källa.</translation>
        </message>
        <message>
            <source>Confirm %1 from %2 (%3)?

Source: %4

You confirm that you have checked the figure against the source. Your name and the time are kept with the row.</source>
            <translation>Bekräfta %1 från %2 (%3)?

Källa: %4

Du bekräftar att du har kontrollerat siffran mot källan. Ditt namn och tidpunkten sparas med raden.</translation>
        </message>
        <message>
            <source>History – %1 from %2</source>
            <translation>Historik – %1 från %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Före → efter</translation>
        </message>
        <message>
            <source>The row has not been changed.</source>
            <translation>Raden har inte ändrats.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Import reference rates</source>
            <translation>Importera referensräntor</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Nothing was imported. The file has these problems:</source>
            <translation>Inget importerades. Filen har dessa fel:</translation>
        </message>
        <message>
            <source>%1 from %2 saved.</source>
            <translation>%1 från %2 sparad.</translation>
        </message>
        <message>
            <source>%1 from %2 confirmed.</source>
            <translation>%1 från %2 bekräftad.</translation>
        </message>
        <message>
            <source>Mark a row first.</source>
            <translation>Markera en rad först.</translation>
        </message>
        <message>
            <source>The row is already confirmed.</source>
            <translation>Raden är redan bekräftad.</translation>
        </message>
        <message>
            <source>Reference rate (%1)</source>
            <translation>Referensränta (%1)</translation>
        </message>
        <message>
            <source>%1 missing for %2: the statement carries the last rate forward.</source>
            <translation>%1 saknas för %2: specifikationen för den senaste räntan vidare.</translation>
        </message>
        <message>
            <source>%1 from %2, which the statement uses, is not confirmed.</source>
            <translation>%1 från %2, som specifikationen använder, är inte bekräftad.</translation>
        </message>
        <message>
            <source>Open reference rates</source>
            <translation>Öppna referensräntor</translation>
        </message>
        <message>
            <source>Reference rate missing for %1</source>
            <translation>Referensränta saknas för %1</translation>
        </message>
        <message>
            <source>Legal figures to confirm</source>
            <translation>Lagstadgade siffror att bekräfta</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Användarnamn:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Lösenord:</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Skriv ditt användarnamn och lösenord.</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Collection statement</source>
            <translation>Inkassospecifikation</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per datum</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>Beräkna</translation>
        </message>
        <message>
            <source>All debtors (in solidum)</source>
            <translation>Alla gäldenärer (solidariskt)</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Gäldenär</translation>
        </message>
        <message>
            <source>Collection statement (PDF)…</source>
            <translation>Inkassospecifikation (PDF) …</translation>
        </message>
        <message>
            <source>Save the printable statement as PDF</source>
            <translation>Spara den utskrivbara specifikationen som PDF</translation>
        </message>
        <message>
            <source>Account statement (PDF)…</source>
            <translation>Kontoutdrag (PDF) …</translation>
        </message>
        <message>
            <source>Save the account statement (every entry with its running balance) as PDF</source>
            <translation>Spara kontoutdraget (varje post med löpande saldo) som PDF</translation>
        </message>
        <message>
            <source>Save statement</source>
            <translation>Spara specifikation</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Avdelningar</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Regarding</source>
            <translation>Avser</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Ny användare</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Inaktivera</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Aktivera</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Tillfälligt lösenord</translation>
        </message>
        <message>
            <source>New API token</source>
            <translation>Ny API-nyckel</translation>
        </message>
        <message>
            <source>Revoke API tokens</source>
            <translation>Återkalla API-nycklar</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Granskningslogg</translation>
        </message>
        <message>
            <source>Users and audit log</source>
            <translation>Användare och revisionslogg</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Inloggad</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Inloggning nekad</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Spärrad</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Nekad</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Användare skapad</translation>
        </message>
        <message>
            <source>User changed</source>
            <translation>Användare ändrad</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Lösenord bytt</translation>
        </message>
        <message>
            <source>API token created</source>
            <translation>API-nyckel skapad</translation>
        </message>
        <message>
            <source>API token revoked</source>
            <translation>API-nyckel återkallad</translation>
        </message>
        <message>
            <source>Department added</source>
            <translation>Avdelning skapad</translation>
        </message>
        <message>
            <source>Setup changed</source>
            <translation>Inställning ändrad</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>inaktiverad</translation>
        </message>
        <message>
            <source>temporary</source>
            <translation>tillfälligt</translation>
        </message>
        <message>
            <source>User %1 created.</source>
            <translation>Användaren %1 är skapad.</translation>
        </message>
        <message>
            <source>The temporary password of %1. It is shown only now; the user changes it at the first sign-in.</source>
            <translation>Det tillfälliga lösenordet för %1. Det visas bara nu; användaren byter det vid första inloggningen.</translation>
        </message>
        <message>
            <source>%1 enabled.</source>
            <translation>%1 är aktiverad.</translation>
        </message>
        <message>
            <source>%1 disabled; API tokens revoked.</source>
            <translation>%1 är inaktiverad; API-nycklarna är återkallade.</translation>
        </message>
        <message>
            <source>%1 has a temporary password.</source>
            <translation>%1 har fått ett tillfälligt lösenord.</translation>
        </message>
        <message>
            <source>New API token for %1.</source>
            <translation>Ny API-nyckel för %1.</translation>
        </message>
        <message>
            <source>The API token of %1 for the client's own system. It is shown only now; only its hash is kept.</source>
            <translation>API-nyckeln för %1 till klientens eget system. Den visas bara nu; bara dess hash sparas.</translation>
        </message>
        <message>
            <source>The API tokens of %1 are revoked.</source>
            <translation>API-nycklarna för %1 är återkallade.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Tillbaka</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Nästa &gt;</translation>
        </message>
        <message>
            <source>Finish (Ctrl+Enter)</source>
            <translation>Slutför (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Next step (Alt+N, Ctrl+PgDn)</source>
            <translation>Nästa steg (Alt+N, Ctrl+PgDn)</translation>
        </message>
        <message>
            <source>Previous step (Alt+P, Ctrl+PgUp)</source>
            <translation>Föregående steg (Alt+P, Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Leave the wizard? What you entered will not be saved.</source>
            <translation>Vill du lämna guiden? Det du har angett sparas inte.</translation>
        </message>
        <message>
            <source>What do you want to do?</source>
            <translation>Vad vill du göra?</translation>
        </message>
    </context>
</TS>