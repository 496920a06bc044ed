<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
    <context>
        <name>Actions</name>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Open card</source>
            <translation>Åbn kort</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrér betaling</translation>
        </message>
        <message>
            <source>Payment plan</source>
            <translation>Betalingsplan</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Opgørelse</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bogfør</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Opdater</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Søg</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Udskriv</translation>
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
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Quick search</source>
            <translation>Hurtigsøgning</translation>
        </message>
    </context>
    <context>
        <name>AmountEdit</name>
        <message>
            <source>An amount is required.</source>
            <translation>Der skal angives et beløb.</translation>
        </message>
        <message>
            <source>The amount is too large (at most %1).</source>
            <translation>Beløbet er for stort (højst %1).</translation>
        </message>
        <message>
            <source>Not a valid amount. Write it like %1 or 1234.56.</source>
            <translation>Ugyldigt beløb. Skriv det som %1 eller 1234.56.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>Beløbet må ikke være negativt.</translation>
        </message>
    </context>
    <context>
        <name>Awarded</name>
        <message>
            <source>Add/Adjust claims: awarded costs</source>
            <translation>Tilføj/Juster fordringer: tilkendte beløb</translation>
        </message>
        <message>
            <source>Awarded hearing fee</source>
            <translation>Tilkendt mødesalær</translation>
        </message>
        <message>
            <source>Awarded legal costs</source>
            <translation>Tilkendte sagsomkostninger</translation>
        </message>
        <message>
            <source>The computed salary and court fee are reversed and the awarded amounts posted.</source>
            <translation>Det beregnede salær og retsafgiften tilbageføres, og de tilkendte beløb bogføres.</translation>
        </message>
        <message>
            <source>Add/Adjust claims (awarded costs)</source>
            <translation>Tilføj/Juster fordringer (tilkendte beløb)</translation>
        </message>
        <message>
            <source>%1 entries posted; the case history shows each step.</source>
            <translation>%1 posteringer bogført; sagens historik viser hvert trin.</translation>
        </message>
    </context>
    <context>
        <name>CapWarning</name>
        <message>
            <source>Claim %1: %2</source>
            <translation>Fordring %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CardActions</name>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Gem (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Rediger sag</translation>
        </message>
        <message>
            <source>Add party</source>
            <translation>Tilføj part</translation>
        </message>
        <message>
            <source>Edit list (entry texts)</source>
            <translation>Rediger liste (posteringstekster)</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <source>The card has been changed. Save the changes?</source>
            <translation>Kortet er ændret. Vil du gemme ændringerne?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Kassér ændringer</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Bliv på kortet</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Gammel værdi</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Ny værdi</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Attach file</source>
            <translation>Vedhæft fil</translation>
        </message>
        <message>
            <source>Set dormant</source>
            <translation>Sæt hvilende</translation>
        </message>
        <message>
            <source>Wake up</source>
            <translation>Ophæv hvilende</translation>
        </message>
        <message>
            <source>Credit invoice</source>
            <translation>Kreditér faktura</translation>
        </message>
        <message>
            <source>Message to handler</source>
            <translation>Besked til sagsbehandler</translation>
        </message>
        <message>
            <source>Recall case</source>
            <translation>Tilbagekald sag</translation>
        </message>
        <message>
            <source>Print case</source>
            <translation>Udskriv sag</translation>
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
            <translation>Annuller (Esc)</translation>
        </message>
        <message>
            <source>Write the text first.</source>
            <translation>Skriv teksten først.</translation>
        </message>
        <message>
            <source>Dormant until</source>
            <translation>Hvilende til</translation>
        </message>
        <message>
            <source>The date must be after today.</source>
            <translation>Datoen skal ligge efter i dag.</translation>
        </message>
        <message>
            <source>the whole principal</source>
            <translation>hele hovedstolen</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Fordring</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>The case has no claim to credit.</source>
            <translation>Sagen har ingen fordring at kreditere.</translation>
        </message>
        <message>
            <source>The amount must be greater than 0.</source>
            <translation>Beløbet skal være større end 0.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <source>The case is printed to %1.</source>
            <translation>Sagen er udskrevet til %1.</translation>
        </message>
    </context>
    <context>
        <name>CaseCard</name>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebyrer</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Salær</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <translation>Udlæg</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Gæld i alt</translation>
        </message>
        <message>
            <source>Case entries</source>
            <translation>Sagsposter</translation>
        </message>
        <message>
            <source>Case statistics</source>
            <translation>Sagsstatistik</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>Dage åben</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Fordringer</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Indbetalinger</translation>
        </message>
        <message>
            <source>Last payment</source>
            <translation>Seneste indbetaling</translation>
        </message>
        <message>
            <source>Optional fields</source>
            <translation>Valgfrie felter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Sagstype</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Sag vedr.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Sagsansvarlig</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Salærkode</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk afdeling</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Sagsfremstilling</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Debitorer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Principal (reg.)</source>
            <translation>Hovedstol (reg.)</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Rentekode</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rentesats</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Beregn rente fra</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Fremnoteringer</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Regarding party</source>
            <translation>Sag vedr. part</translation>
        </message>
        <message>
            <source>Case %1 · %2</source>
            <translation>Sag %1 · %2</translation>
        </message>
        <message>
            <source>No optional fields are set up.</source>
            <translation>Der er ikke opsat valgfrie felter.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Ingen noter.</translation>
        </message>
        <message>
            <source>Edit list</source>
            <translation>Rediger liste</translation>
        </message>
        <message>
            <source>Delete claim %1 (%2)? Its entries are reversed.</source>
            <translation>Slet fordring %1 (%2)? Dens poster tilbageføres.</translation>
        </message>
    </context>
    <context>
        <name>CaseCardActions</name>
        <message>
            <source>Add/Adjust claims, fees &amp;&amp; salary</source>
            <translation>Tilføj/Juster fordringer, gebyr &amp;&amp; salær</translation>
        </message>
        <message>
            <source>Delete claim</source>
            <translation>Slet fordring</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Change court district</source>
            <translation>Skift retskreds</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Tilføj note</translation>
        </message>
        <message>
            <source>Print letter</source>
            <translation>Udskriv brev</translation>
        </message>
    </context>
    <context>
        <name>CaseCardPage</name>
        <message>
            <source>The letter is saved: %1</source>
            <translation>Brevet er gemt: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseEdit</name>
        <message>
            <source>Close without saving the changes?</source>
            <translation>Vil du lukke uden at gemme ændringerne?</translation>
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>Rediger sag %1</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Sag vedr.</translation>
        </message>
        <message>
            <source>Narrative (used by letters)</source>
            <translation>Sagsfremstilling (bruges i breve)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk afdeling</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
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
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Sag vedrørende part</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Add party to the case</source>
            <translation>Tilføj part til sagen</translation>
        </message>
        <message>
            <source>Party (F4)</source>
            <translation>Part (F4)</translation>
        </message>
        <message>
            <source>Court districts</source>
            <translation>Retskredse</translation>
        </message>
        <message>
            <source>Court district (F4)</source>
            <translation>Retskreds (F4)</translation>
        </message>
    </context>
    <context>
        <name>CaseFollowUps</name>
        <message>
            <source>Execute activity</source>
            <translation>Udfør aktivitet</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Næste aktivitet</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Næste dato</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuller (Esc)</translation>
        </message>
        <message>
            <source>Enter the next date.</source>
            <translation>Angiv næste dato.</translation>
        </message>
        <message>
            <source>Show executed tasks</source>
            <translation>Vis udførte opgaver</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>Udfør</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Genoptag</translation>
        </message>
        <message>
            <source>Open letter</source>
            <translation>Åbn brev</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Forfald</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>No follow-ups on the case.</source>
            <translation>Ingen fremnoteringer på sagen.</translation>
        </message>
        <message>
            <source>Select a follow-up first.</source>
            <translation>Vælg en fremnotering først.</translation>
        </message>
        <message>
            <source>The follow-up is already executed; Resume opens it again.</source>
            <translation>Fremnoteringen er allerede udført; Genoptag åbner den igen.</translation>
        </message>
        <message>
            <source>Select an executed follow-up (Show executed tasks) to resume it.</source>
            <translation>Vælg en udført fremnotering (Vis udførte opgaver) for at genoptage den.</translation>
        </message>
        <message>
            <source>The follow-up is open again.</source>
            <translation>Fremnoteringen er åben igen.</translation>
        </message>
        <message>
            <source>The follow-up has no letter.</source>
            <translation>Fremnoteringen har intet brev.</translation>
        </message>
        <message>
            <source>Workflow activities</source>
            <translation>Workflowaktiviteter</translation>
        </message>
        <message>
            <source>Transfer activity</source>
            <translation>Overfør aktivitet</translation>
        </message>
        <message>
            <source>Transfer workflow</source>
            <translation>Overfør forløb</translation>
        </message>
        <message>
            <source>The case type has no workflow.</source>
            <translation>Sagstypen har intet workflow.</translation>
        </message>
        <message>
            <source>Select an activity first.</source>
            <translation>Vælg en aktivitet først.</translation>
        </message>
        <message>
            <source>%1 is put on the case, due %2.</source>
            <translation>%1 er sat på sagen med forfald %2.</translation>
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
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Forrige</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Næste &gt;</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Page %1 of %2 (%3 lines)</source>
            <translation>Side %1 af %2 (%3 linjer)</translation>
        </message>
        <message>
            <source>The document %1 is no longer there.</source>
            <translation>Dokumentet %1 findes ikke længere.</translation>
        </message>
    </context>
    <context>
        <name>CaseImport</name>
        <message>
            <source>Import cases</source>
            <translation>Importér sager</translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <translation>%1 blev ikke importeret: %2</translation>
        </message>
        <message>
            <source>%1 cases created from %2.</source>
            <translation>%1 sager oprettet fra %2.</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>%1 is refused; nothing is saved. %2 record(s) with errors:</source>
            <translation>%1 er afvist; intet er gemt. %2 post(er) med fejl:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Importing cases …</source>
            <translation>Importerer sager …</translation>
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
            <translation>Sagstype</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Sagstyper</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Sag vedr.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk afdeling</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Choose a case type (F4).</source>
            <translation>Vælg en sagstype (F4).</translation>
        </message>
        <message>
            <source>The case type %1 is not a case type of the Collection module.</source>
            <translation>Sagstypen %1 er ikke en sagstype i modulet Inkasso.</translation>
        </message>
    </context>
    <context>
        <name>CaseWizard</name>
        <message>
            <source>Guide: Create case</source>
            <translation>Guide: Opret sag</translation>
        </message>
        <message>
            <source>Create case</source>
            <translation>Opret sag</translation>
        </message>
        <message>
            <source>Create case and continue with the next</source>
            <translation>Opret sag og fortsæt med den næste</translation>
        </message>
        <message>
            <source>Leave the wizard</source>
            <translation>Forlad guiden</translation>
        </message>
        <message>
            <source>Next step (Alt+N, Alt+Right, Ctrl+PgDn)</source>
            <translation>Næste trin (Alt+N, Alt+Højre, Ctrl+PgDn)</translation>
        </message>
        <message>
            <source>Previous step (Alt+P, Alt+Left, Ctrl+PgUp)</source>
            <translation>Forrige trin (Alt+P, Alt+Venstre, Ctrl+PgUp)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Skift adgangskode</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Your password is temporary. Choose your own before you continue.</source>
            <translation>Din adgangskode er midlertidig. Vælg din egen, før du fortsætter.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Brugernavn:</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Nuværende adgangskode:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Ny adgangskode:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Gentag ny adgangskode:</translation>
        </message>
        <message>
            <source>At least 10 characters.</source>
            <translation>Mindst 10 tegn.</translation>
        </message>
        <message>
            <source>Enter the new password twice.</source>
            <translation>Skriv den nye adgangskode to gange.</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>De to nye adgangskoder er ikke ens.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsWindow</name>
        <message>
            <source>Add/Adjust claims, fees &amp; salary – case %1</source>
            <translation>Tilføj/Juster fordringer, gebyr &amp; salær – sag %1</translation>
        </message>
        <message>
            <source>All debtors (in solidum)</source>
            <translation>Alle debitorer (in solidum)</translation>
        </message>
        <message>
            <source>Claims – new case for %1</source>
            <translation>Fordringer – ny sag for %1</translation>
        </message>
        <message>
            <source>F4: choose the debtors and their liability</source>
            <translation>F4: vælg debitorerne og deres hæftelse</translation>
        </message>
        <message>
            <source>Interest codes</source>
            <translation>Rentekoder</translation>
        </message>
        <message>
            <source>Claim no.</source>
            <translation>Fordr.nr.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Fakturanr.</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Debitorer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Forfaldsdato</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Rentekode</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Rentesats</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Beregn rente fra</translation>
        </message>
        <message>
            <source>OCR</source>
            <translation>OCR</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>Kundenr.</translation>
        </message>
        <message>
            <source>Fee and salary codes</source>
            <translation>Salær-/gebyrkoder</translation>
        </message>
        <message>
            <source>Fee/salary code</source>
            <translation>Salær-/gebyrkode</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bogf.dato</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>Amount excl. VAT</source>
            <translation>Beløb ekskl. moms</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>Moms %</translation>
        </message>
        <message>
            <source>Amount incl. VAT</source>
            <translation>Beløb inkl. moms</translation>
        </message>
        <message>
            <source>The description must be filled in.</source>
            <translation>Beskrivelsen skal udfyldes.</translation>
        </message>
        <message>
            <source>The principal must be more than 0.</source>
            <translation>Hovedstolen skal være større end 0.</translation>
        </message>
        <message>
            <source>The interest code %1 does not exist.</source>
            <translation>Rentekoden %1 findes ikke.</translation>
        </message>
        <message>
            <source>Interest cannot run from before the date.</source>
            <translation>Renten kan ikke løbe fra før fordringens dato.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Datoen kan ikke ligge i fremtiden.</translation>
        </message>
        <message>
            <source>The due date cannot be before the invoice date.</source>
            <translation>Forfaldsdatoen kan ikke ligge før fakturadatoen.</translation>
        </message>
        <message>
            <source>At most %1 characters here.</source>
            <translation>Højst %1 tegn her.</translation>
        </message>
        <message>
            <source>A line must have a fee or salary code.</source>
            <translation>Der må ikke være linjer uden salær-/gebyrkode.</translation>
        </message>
        <message>
            <source>The code %1 does not exist here.</source>
            <translation>Koden %1 findes ikke her.</translation>
        </message>
        <message>
            <source>Give the number of a claim on the case.</source>
            <translation>Angiv nummeret på en fordring på sagen.</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Fordringer</translation>
        </message>
        <message>
            <source>Fees/salary per claim</source>
            <translation>Gebyr/salær pr. fordring</translation>
        </message>
        <message>
            <source>Fees/salary per case</source>
            <translation>Gebyr/salær pr. sag</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuller (Esc)</translation>
        </message>
        <message>
            <source>Tab moves between fields · F4 looks up · Ctrl+Del removes a line · Ctrl+Enter registers</source>
            <translation>Tab flytter mellem felterne · F4 slår op · Ctrl+Del sletter en linje · Ctrl+Enter registrerer</translation>
        </message>
        <message>
            <source>Close the window? The lines you entered will not be saved.</source>
            <translation>Luk vinduet? De linjer, du har indtastet, gemmes ikke.</translation>
        </message>
        <message>
            <source>Enter at least one claim.</source>
            <translation>Indtast mindst én fordring.</translation>
        </message>
        <message>
            <source>Principal %1 · fees and salary incl. VAT %2 · total %3</source>
            <translation>Hovedstol %1 · gebyrer og salær inkl. moms %2 · i alt %3</translation>
        </message>
        <message>
            <source>Do you want to register the changes?</source>
            <translation>Skal ændringerne registreres?</translation>
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
            <translation>Sager</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>CVR-nr.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistreret</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsvirksomhedsbogf.gruppe</translation>
        </message>
        <message>
            <source>Case defaults</source>
            <translation>Standarder for nye sager</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Sagstype</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Sagstyper</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Salærkode</translation>
        </message>
        <message>
            <source>Salary codes</source>
            <translation>Salærkoder</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Rentekode</translation>
        </message>
        <message>
            <source>Interest codes</source>
            <translation>Rentekoder</translation>
        </message>
        <message>
            <source>Own interest rate %</source>
            <translation>Egen rentesats %</translation>
        </message>
        <message>
            <source>empty: the interest code's rate</source>
            <translation>tom: rentekodens sats</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk afdeling</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Kompensationsbeløb</translation>
        </message>
        <message>
            <source>Responsible lawyer</source>
            <translation>Ansvarlig advokat</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Settlement account</source>
            <translation>Afregningskonto</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg.nr.</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>Kontonr.</translation>
        </message>
        <message>
            <source>IBAN, or reg. no. and account no. The client funds payout uses it.</source>
            <translation>IBAN, eller reg.nr. og kontonr. Udbetalingen af klientmidler bruger kontoen.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Afdelinger</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Afregninger</translation>
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
            <translation>Momsregistreret: ingen moms på salæret</translation>
        </message>
        <message>
            <source>Not VAT registered: the debtor pays 25 % VAT on fees</source>
            <translation>Ikke momsregistreret: debitor betaler 25 % moms af salær</translation>
        </message>
        <message>
            <source>Client %1 saved.</source>
            <translation>Klient %1 er gemt.</translation>
        </message>
    </context>
    <context>
        <name>ClientDepartments</name>
        <message>
            <source>New department</source>
            <translation>Ny afdeling</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Save the client first; then add departments.</source>
            <translation>Gem klienten først; tilføj derefter afdelinger.</translation>
        </message>
    </context>
    <context>
        <name>ClientFundsTexts</name>
        <message>
            <source>Client settlements</source>
            <translation>Afregning til klienter</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Afregninger</translation>
        </message>
        <message>
            <source>Client funds</source>
            <translation>Klientmidler</translation>
        </message>
        <message>
            <source>Payments up to:</source>
            <translation>Indbetalinger til og med:</translation>
        </message>
        <message>
            <source>Make drafts</source>
            <translation>Dan kladder</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrollér</translation>
        </message>
        <message>
            <source>Post (F9)</source>
            <translation>Bogfør (F9)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Udskriv</translation>
        </message>
        <message>
            <source>Post %1 draft settlement(s)?</source>
            <translation>Bogfør %1 afregningskladde(r)?</translation>
        </message>
        <message>
            <source>%1 settlement(s) posted.</source>
            <translation>%1 afregning(er) bogført.</translation>
        </message>
        <message>
            <source>%1 draft(s) made.</source>
            <translation>%1 kladde(r) dannet.</translation>
        </message>
        <message>
            <source>The drafts have no problems.</source>
            <translation>Kladderne har ingen fejl.</translation>
        </message>
        <message>
            <source>There are no drafts to post.</source>
            <translation>Der er ingen kladder at bogføre.</translation>
        </message>
        <message>
            <source>Settlement printed to %1</source>
            <translation>Afregningen er udskrevet til %1</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bogfør</translation>
        </message>
        <message>
            <source>Client account does not reconcile</source>
            <translation>Klientkontoen stemmer ikke</translation>
        </message>
        <message>
            <source>Client account does not reconcile (difference %1)</source>
            <translation>Klientkontoen stemmer ikke (difference %1)</translation>
        </message>
        <message>
            <source>Bank %1, books %2, %3 unmatched bank line(s) (statement of %4)</source>
            <translation>Bank %1, bøger %2, %3 bankpost(er) uden match (kontoudskrift pr. %4)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>Til og med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Indgået</translation>
        </message>
        <message>
            <source>Client's part</source>
            <translation>Klientens andel</translation>
        </message>
        <message>
            <source>Firm's part</source>
            <translation>Kontorets andel</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Set off</source>
            <translation>Modregnet</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Udbetales</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>Paid to client</source>
            <translation>Betalt til klient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Retained</source>
            <translation>Tilbageholdt</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Udbetalt</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Bogført</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Tilbageført</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
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
            <translation>Åbn %1</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Kørsel</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Forfald</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Run by</source>
            <translation>Kørt af</translation>
        </message>
        <message>
            <source>Client funds statement</source>
            <translation>Klientmiddelsopgørelse</translation>
        </message>
    </context>
    <context>
        <name>ClientSettlements</name>
        <message>
            <source>Posted</source>
            <translation>Bogført</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Udbetalt</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Tilbageført</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Payments up to</source>
            <translation>Indbetalinger til og med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Indgået</translation>
        </message>
        <message>
            <source>Client's part</source>
            <translation>Klientens andel</translation>
        </message>
        <message>
            <source>Firm's part</source>
            <translation>Kontorets andel</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Set off</source>
            <translation>Modregnet</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Udbetales</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Åbn PDF</translation>
        </message>
        <message>
            <source>Open Excel appendix</source>
            <translation>Åbn Excel-bilag</translation>
        </message>
        <message>
            <source>No posted settlements yet.</source>
            <translation>Ingen bogførte afregninger endnu.</translation>
        </message>
    </context>
    <context>
        <name>ClientStep</name>
        <message>
            <source>No client chosen yet.</source>
            <translation>Der er endnu ikke valgt en klient.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>No client matches “%1”. Create a new client?</source>
            <translation>Ingen klient matcher “%1”. Opret en ny klient?</translation>
        </message>
        <message>
            <source>Client defaults</source>
            <translation>Klientens standardværdier</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Sagstype</translation>
        </message>
        <message>
            <source>Salary code</source>
            <translation>Salærkode</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Rentekode</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridisk afdeling</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Kompensationsbeløb</translation>
        </message>
        <message>
            <source>Responsible lawyer</source>
            <translation>Ansvarlig jurist</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsvirksomhedsbogf.gruppe</translation>
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
            <translation>Momsregistreret</translation>
        </message>
        <message>
            <source>Not VAT registered</source>
            <translation>Ikke momsregistreret</translation>
        </message>
        <message>
            <source>Choose a client: search, or create a new one.</source>
            <translation>Vælg en klient: søg, eller opret en ny.</translation>
        </message>
    </context>
    <context>
        <name>CollectionStep</name>
        <message>
            <source>VAT registered client: no VAT on the salary</source>
            <translation>Momsregistreret klient: ingen moms på salæret</translation>
        </message>
        <message>
            <source>Client not VAT registered: 25 % VAT on the salary</source>
            <translation>Klient ikke momsregistreret: 25 % moms på salæret</translation>
        </message>
        <message>
            <source>VAT business posting group</source>
            <translation>Momsvirksomhedsbogf.gruppe</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Salær</translation>
        </message>
        <message>
            <source>Salary codes</source>
            <translation>Salærkoder</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Choose a salary code (F4).</source>
            <translation>Vælg en salærkode (F4).</translation>
        </message>
        <message>
            <source>The salary code %1 does not exist.</source>
            <translation>Salærkoden %1 findes ikke.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTable</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role (Att.)</source>
            <translation>Rolle (Att.)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Tilføj kontaktperson</translation>
        </message>
        <message>
            <source>Remove contact (Ctrl+Del)</source>
            <translation>Fjern kontaktperson (Ctrl+Del)</translation>
        </message>
    </context>
    <context>
        <name>CourtDistrictDialog</name>
        <message>
            <source>Change court district</source>
            <translation>Skift retskreds</translation>
        </message>
        <message>
            <source>Court districts</source>
            <translation>Retskredse</translation>
        </message>
        <message>
            <source>Court district (F4)</source>
            <translation>Retskreds (F4)</translation>
        </message>
    </context>
    <context>
        <name>DataSafetyTexts</name>
        <message>
            <source>The posted ledger is not intact</source>
            <translation>Bogføringen er ikke urørt</translation>
        </message>
        <message>
            <source>%1
Check it with 'caplegal db verify' and restore a backup if needed.</source>
            <translation>%1
Kontrollér den med 'caplegal db verify', og genskab en sikkerhedskopi om nødvendigt.</translation>
        </message>
        <message>
            <source>Posted ledger</source>
            <translation>Bogførte poster</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>A date is required.</source>
            <translation>Datoen skal udfyldes.</translation>
        </message>
        <message>
            <source>Not a valid date. Write it like %1.</source>
            <translation>Ikke en gyldig dato. Skriv den som %1.</translation>
        </message>
    </context>
    <context>
        <name>DebtorSharesDialog</name>
        <message>
            <source>Claim debtors</source>
            <translation>Fordringsparter</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Debitor</translation>
        </message>
        <message>
            <source>Liable</source>
            <translation>Hæfter</translation>
        </message>
        <message>
            <source>In solidum</source>
            <translation>In solidum</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Hæftelsesandel %</translation>
        </message>
        <message>
            <source>At least one debtor must be liable.</source>
            <translation>Mindst én debitor skal hæfte.</translation>
        </message>
        <message>
            <source>The share must be over 0 and at most 100 %.</source>
            <translation>Hæftelsesandelen skal ligge over 0 og højst 100 %.</translation>
        </message>
        <message>
            <source>The shares add up to more than 100 %.</source>
            <translation>Hæftelsesandelene er tilsammen over 100 %.</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Hvilende</translation>
        </message>
        <message>
            <source>Recall requested</source>
            <translation>Tilbagekaldelse anmodet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
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
            <translation>Overvågning</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Retslig</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Collection salary</source>
            <translation>Inkassosalær</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Udlæg</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Indbetaling</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kreditering</translation>
        </message>
        <message>
            <source>Write-off</source>
            <translation>Afskrivning</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Tilbageførsel</translation>
        </message>
        <message>
            <source>Payment to client</source>
            <translation>Betalt direkte til klient</translation>
        </message>
        <message>
            <source>Credit from amount</source>
            <translation>Kreditering af beløb</translation>
        </message>
        <message>
            <source>Returned order</source>
            <translation>Returneret vare</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Omkostninger</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ændring</translation>
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
            <translation>Bilag</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Afregning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Opgørelse</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Held back</source>
            <translation>Holdt tilbage</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Kører</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fejlet</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Bogført</translation>
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
            <translation>Samme CVR/CPR-nr.</translation>
        </message>
        <message>
            <source>Similar name, same address</source>
            <translation>Lignende navn, samme adresse</translation>
        </message>
        <message>
            <source>Similar name</source>
            <translation>Lignende navn</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Mulige dubletter</translation>
        </message>
        <message>
            <source>These existing records look like the new %1. Use one of them?</source>
            <translation>Disse eksisterende poster ligner den nye %1. Vil du bruge en af dem?</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>Use the marked one</source>
            <translation>Brug den markerede</translation>
        </message>
        <message>
            <source>Create &amp;new anyway</source>
            <translation>Opret &amp;ny alligevel</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbage</translation>
        </message>
    </context>
    <context>
        <name>EmployeesStep</name>
        <message>
            <source>Responsible</source>
            <translation>Sagsansvarlig</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Employee functions</source>
            <translation>Medarbejderfunktioner</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>The responsible lawyer comes from the client card.</source>
            <translation>Den sagsansvarlige er klientkortets ansvarlige jurist.</translation>
        </message>
        <message>
            <source>The employee function %1 does not exist.</source>
            <translation>Medarbejderfunktionen %1 findes ikke.</translation>
        </message>
        <message>
            <source>There is no employee with the initials %1.</source>
            <translation>Der findes ingen medarbejder med initialerne %1.</translation>
        </message>
    </context>
    <context>
        <name>EntriesDialog</name>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>Entry no.</source>
            <translation>Løbenr.</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>I alt: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryTexts</name>
        <message>
            <source>Edit list: entry texts</source>
            <translation>Rediger liste: posteringstekster</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bogføringsdato</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Only the text of a posted entry can be corrected.</source>
            <translation>Kun teksten på en bogført post kan rettes.</translation>
        </message>
    </context>
    <context>
        <name>FastTab</name>
        <message>
            <source>Show more</source>
            <translation>Vis mere</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>Vis mindre</translation>
        </message>
    </context>
    <context>
        <name>FeeTerms</name>
        <message>
            <source>Interest codes</source>
            <translation>Rentekoder</translation>
        </message>
        <message>
            <source>Registered basis</source>
            <translation>Registreret grundlag</translation>
        </message>
        <message>
            <source>Interest code</source>
            <translation>Rentekode</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Sats %</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Rente fra</translation>
        </message>
        <message>
            <source>Interest-bearing in plan</source>
            <translation>Rentebærende i betalingsplan</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>ÅOP</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to CapLegal Desktop</source>
            <translation>Velkommen til CapLegal Desktop</translation>
        </message>
        <message>
            <source>This is the first start on this computer. Choose how to begin.</source>
            <translation>Det er første gang, programmet starter på denne computer. Vælg, hvordan I vil begynde.</translation>
        </message>
        <message>
            <source>A small demo set (%1 cases) to practise on</source>
            <translation>Et lille demosæt (%1 sager) at øve sig på</translation>
        </message>
        <message>
            <source>An empty database for our own cases</source>
            <translation>En tom database til vores egne sager</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>e.g. Advokatfirmaet Holm &amp; Kjær</source>
            <translation>f.eks. Advokatfirmaet Holm &amp; Kjær</translation>
        </message>
        <message>
            <source>Firm name:</source>
            <translation>Firmaets navn:</translation>
        </message>
        <message>
            <source>Your initials:</source>
            <translation>Dine initialer:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Dit navn:</translation>
        </message>
        <message>
            <source>Signed in as %1. The data is kept in %2 (an uninstall leaves it there).</source>
            <translation>Logget ind som %1. Data gemmes i %2 (en afinstallation lader dem ligge).</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Preparing the database ...</source>
            <translation>Gør databasen klar ...</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTexts</name>
        <message>
            <source>Follow-ups</source>
            <translation>Fremnoteringer</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Til udførelse</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Forfaldne</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udførte</translation>
        </message>
        <message>
            <source>Only mine</source>
            <translation>Kun mine</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>Udfør</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Genoptag</translation>
        </message>
        <message>
            <source>Mass execution</source>
            <translation>Masseudførelse</translation>
        </message>
        <message>
            <source>Open letter</source>
            <translation>Åbn brev</translation>
        </message>
        <message>
            <source>Letter as PDF</source>
            <translation>Brev som PDF</translation>
        </message>
        <message>
            <source>This follow-up has no letter.</source>
            <translation>Denne fremnotering har intet brev.</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF gemt: %1</translation>
        </message>
        <message>
            <source>Follow-up runs</source>
            <translation>Kørsel sagsopfølgning</translation>
        </message>
        <message>
            <source>Re-execute</source>
            <translation>Genudfør</translation>
        </message>
        <message>
            <source>Open letters</source>
            <translation>Åbn breve</translation>
        </message>
        <message>
            <source>Combined for printing</source>
            <translation>Samlet dokument til udskrift</translation>
        </message>
        <message>
            <source>Show merge fields</source>
            <translation>Vis flettefelter</translation>
        </message>
        <message>
            <source>Template merge fields</source>
            <translation>Flettefelter i skabelonen</translation>
        </message>
        <message>
            <source>Executing follow-ups …</source>
            <translation>Udfører fremnoteringer …</translation>
        </message>
        <message>
            <source>Execute %1 due follow-up(s)?</source>
            <translation>Vil du udføre %1 forfaldne fremnotering(er)?</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Der er ingen forfaldne fremnoteringer.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Vælg en linje først.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Forfaldsdato</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
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
            <translation>Kørsel</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Startet</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Executed</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sprunget over</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fejlet</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebyrer</translation>
        </message>
        <message>
            <source>Grouped by activity</source>
            <translation>Grupperet efter aktivitet</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>To be executed</source>
            <translation>Skal udføres</translation>
        </message>
        <message>
            <source>Due activities</source>
            <translation>Forfaldne aktiviteter</translation>
        </message>
        <message>
            <source>Without an activity (done one by one)</source>
            <translation>Uden aktivitet (udføres enkeltvis)</translation>
        </message>
        <message>
            <source>Execute %1 due follow-up(s) of the activity %2?</source>
            <translation>Vil du udføre %1 forfaldne fremnotering(er) af aktiviteten %2?</translation>
        </message>
        <message>
            <source>Follow-ups without an activity are executed one by one: mark one and choose Execute.</source>
            <translation>Fremnoteringer uden aktivitet udføres enkeltvis: markér én, og vælg Udfør.</translation>
        </message>
        <message>
            <source>Schedule missing</source>
            <translation>Fremnotér manglende</translation>
        </message>
        <message>
            <source>%1 case(s) without a follow-up got their workflow's first activity.</source>
            <translation>%1 sag(er) uden fremnotering har fået workflowets første aktivitet.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>FundamentTexts</name>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
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
            <translation>Forlig i fogedretten</translation>
        </message>
        <message>
            <source>Payment claim</source>
            <translation>Betalingspåkrav</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Genåbnet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>Case regarding</source>
            <translation>Sag vedr.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Debitor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Court no.</source>
            <translation>Rettens nr.</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Retskreds</translation>
        </message>
        <message>
            <source>Hearing date and time</source>
            <translation>Berammelsesdato og tidspunkt</translation>
        </message>
        <message>
            <source>Execution deadline</source>
            <translation>Eksekutionsfrist</translation>
        </message>
        <message>
            <source>Previously awarded legal costs</source>
            <translation>Tidl. tilkendte omkostninger</translation>
        </message>
        <message>
            <source>Previous bailiff fee</source>
            <translation>Tidl. fogedafgift</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiveret</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Enforcement title {no}</source>
            <translation>Fundament {no}</translation>
        </message>
        <message>
            <source>Enforcement titles</source>
            <translation>Fundamenter</translation>
        </message>
        <message>
            <source>Create enforcement title – case {case_no}</source>
            <translation>Dan fundament – sag {case_no}</translation>
        </message>
        <message>
            <source>Create enforcement title</source>
            <translation>Dan fundament</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specifikation</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>Enforcement title no.</source>
            <translation>Fundamentnr.</translation>
        </message>
        <message>
            <source>Enforcement title type</source>
            <translation>Fundamenttype</translation>
        </message>
        <message>
            <source>Enforcement title date</source>
            <translation>Fundamentsdato</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Berammelse</translation>
        </message>
        <message>
            <source>Exec. deadline</source>
            <translation>Eksek.frist</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <translation>tt:mm</translation>
        </message>
        <message>
            <source>Statistics as of</source>
            <translation>Statistik pr.</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebyrer</translation>
        </message>
        <message>
            <source>Salary</source>
            <translation>Salær</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <translation>Udlæg</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Gæld i alt</translation>
        </message>
        <message>
            <source>OK (save)</source>
            <translation>OK (gem)</translation>
        </message>
        <message>
            <source>Cancel changes</source>
            <translation>Fortryd ændringer</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktivér</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Genåbn</translation>
        </message>
        <message>
            <source>Close enforcement title</source>
            <translation>Luk fundament</translation>
        </message>
        <message>
            <source>Enforcement title {no} created as a draft.</source>
            <translation>Fundament {no} er oprettet som kladde.</translation>
        </message>
        <message>
            <source>Enforcement title {no} saved.</source>
            <translation>Fundament {no} er gemt.</translation>
        </message>
        <message>
            <source>Enforcement title {no} activated.</source>
            <translation>Fundament {no} er aktiveret.</translation>
        </message>
        <message>
            <source>Enforcement title {nos} closed.</source>
            <translation>Fundament {nos} er lukket.</translation>
        </message>
        <message>
            <source>Enforcement title</source>
            <translation>Fundament</translation>
        </message>
        <message>
            <source>Always fill in the fundament date (date of judgment or settlement).</source>
            <translation>Fundamentsdato skal altid udfyldes (domsdato, dato for forlig i fogedretten m.v.).</translation>
        </message>
        <message>
            <source>Fill in the fundament date before the other fundament details.</source>
            <translation>Udfyld fundamentsdato, før de øvrige fundamentoplysninger angives.</translation>
        </message>
        <message>
            <source>The fundament date cannot be later than today.</source>
            <translation>Fundamentsdato kan ikke ligge efter dags dato.</translation>
        </message>
        <message>
            <source>Cannot be dated before the fundament date {day}.</source>
            <translation>Kan ikke dateres før fundamentsdatoen {day}.</translation>
        </message>
        <message>
            <source>Not a time. Write it like 10:30.</source>
            <translation>Ikke et tidspunkt. Skriv det som 10:30.</translation>
        </message>
        <message>
            <source>Give the hearing date with the time.</source>
            <translation>Angiv berammelsesdatoen sammen med tidspunktet.</translation>
        </message>
        <message>
            <source>The case has no debtor.</source>
            <translation>Sagen har ingen debitor.</translation>
        </message>
        <message>
            <source>Mark a case (or open its card) to create a fundament.</source>
            <translation>Markér en sag (eller åbn sagskortet) for at danne et fundament.</translation>
        </message>
        <message>
            <source>Changes discarded.</source>
            <translation>Ændringerne er fortrudt.</translation>
        </message>
        <message>
            <source>The debtor already has an active fundament on this case ({nos}).

Close it and activate {no} instead?</source>
            <translation>Debitor har allerede et aktivt fundament på sagen ({nos}).

Vil du lukke det og aktivere {no} i stedet?</translation>
        </message>
        <message>
            <source>Close and activate</source>
            <translation>Luk og aktivér</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <source>Batch %1 is posted: %n entry(ies).</source>
            <translation>
                <numerusform>Kladden %1 er bogført: %n post.</numerusform>
                <numerusform>Kladden %1 er bogført: %n poster.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalTexts</name>
        <message>
            <source>Collection journal</source>
            <translation>Inkassokladde</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Kladde:</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroller</translation>
        </message>
        <message>
            <source>Preview posting</source>
            <translation>Vis bogføring</translation>
        </message>
        <message>
            <source>Import payment file</source>
            <translation>Indlæs bankfil</translation>
        </message>
        <message>
            <source>Suspense list</source>
            <translation>Afstemningsliste</translation>
        </message>
        <message>
            <source>New line</source>
            <translation>Ny linje</translation>
        </message>
        <message>
            <source>Post %1 line(s) in batch %2?</source>
            <translation>Vil du bogføre %1 linje(r) i kladden %2?</translation>
        </message>
        <message>
            <source>The batch has no problems.</source>
            <translation>Der er ingen fejl i kladden.</translation>
        </message>
        <message>
            <source>%1 problem(s) — correct them before posting.</source>
            <translation>%1 fejl — ret dem før bogføring.</translation>
        </message>
        <message>
            <source>Posting preview</source>
            <translation>Bogføring (eksempel)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Bogfør</translation>
        </message>
        <message>
            <source>Suspense list (unmatched payments)</source>
            <translation>Afstemningsliste (ukendte indbetalinger)</translation>
        </message>
        <message>
            <source>Assign to case</source>
            <translation>Placer på sag</translation>
        </message>
        <message>
            <source>Case no.:</source>
            <translation>Sagsnummer:</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrer betaling</translation>
        </message>
        <message>
            <source>Payment type</source>
            <translation>Betalingstype</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Fordeling</translation>
        </message>
        <message>
            <source>Claim to settle first</source>
            <translation>Fordring der dækkes først</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>(none in particular)</source>
            <translation>(ingen bestemt)</translation>
        </message>
        <message>
            <source>Payment to client</source>
            <translation>Indbetaling direkte til klient</translation>
        </message>
        <message>
            <source>Credit from amount</source>
            <translation>Kreditering af beløb</translation>
        </message>
        <message>
            <source>Returned order</source>
            <translation>Returneret ordre</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Rente</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Omkostning</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Indbetaler</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Vælg en sag først.</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Bogføringsdato</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Entry type</source>
            <translation>Posttype</translation>
        </message>
        <message>
            <source>Tariff code</source>
            <translation>Takstkode</translation>
        </message>
        <message>
            <source>Posting template</source>
            <translation>Bogføringsskabelon</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Print letter – case %1</source>
            <translation>Udskriv brev – sag %1</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Gennemse …</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Gem som</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Udskriv</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-dokumenter (*.docx)</translation>
        </message>
        <message>
            <source>Choose a letter.</source>
            <translation>Vælg et brev.</translation>
        </message>
        <message>
            <source>Choose a file in an existing folder.</source>
            <translation>Vælg en fil i en mappe, der findes.</translation>
        </message>
    </context>
    <context>
        <name>Limitation</name>
        <message>
            <source>Open a case first.</source>
            <translation>Åbn en sag først.</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Forældelse</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Indsigelse</translation>
        </message>
        <message>
            <source>Add limitation event</source>
            <translation>Tilføj forældelseshændelse</translation>
        </message>
        <message>
            <source>Register objection</source>
            <translation>Registrér indsigelse</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Indsigelser</translation>
        </message>
        <message>
            <source>Claims time-barred</source>
            <translation>Forældede fordringer</translation>
        </message>
        <message>
            <source>Time-barred within 30 · 60 · 90 days</source>
            <translation>Forældes inden for 30 · 60 · 90 dage</translation>
        </message>
        <message>
            <source>Limitation of case %1</source>
            <translation>Forældelse for sag %1</translation>
        </message>
        <message>
            <source>Claim / date</source>
            <translation>Fordring / dato</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Virkning</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Limitation after</source>
            <translation>Forældes herefter</translation>
        </message>
        <message>
            <source>Greyed events are not counted (too late, or no interruption under the rule).</source>
            <translation>Grå hændelser tæller ikke med (for sent, eller ingen afbrydelse efter reglen).</translation>
        </message>
        <message>
            <source>Register objection · case %1</source>
            <translation>Registrér indsigelse · sag %1</translation>
        </message>
        <message>
            <source>The debtor, or the client reporting it</source>
            <translation>Skyldner, eller klienten der melder den</translation>
        </message>
        <message>
            <source>Reported by the client</source>
            <translation>Meddelt af klienten</translation>
        </message>
        <message>
            <source>The whole case</source>
            <translation>Hele sagen</translation>
        </message>
        <message>
            <source>What is disputed …</source>
            <translation>Hvad bestrides …</translation>
        </message>
        <message>
            <source>Path of the letter or e-mail</source>
            <translation>Sti til brevet eller e-mailen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Fordring</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Bestridt</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>While the objection is open the case gets no letters, fees or court steps; follow-ups wait.</source>
            <translation>Mens indsigelsen er åben, får sagen ingen breve, gebyrer eller retslige skridt; fremnoteringer venter.</translation>
        </message>
        <message>
            <source>Close objection</source>
            <translation>Afslut indsigelse</translation>
        </message>
        <message>
            <source>claim %1</source>
            <translation>fordring %1</translation>
        </message>
        <message>
            <source>the whole case</source>
            <translation>hele sagen</translation>
        </message>
        <message>
            <source>The answer to the debtor …</source>
            <translation>Svaret til skyldner …</translation>
        </message>
        <message>
            <source>Reduce by</source>
            <translation>Nedsæt med</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Objections · case %1</source>
            <translation>Indsigelser · sag %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Close objection …</source>
            <translation>Afslut indsigelse …</translation>
        </message>
        <message>
            <source>Ask the client …</source>
            <translation>Spørg klienten …</translation>
        </message>
        <message>
            <source>Ask the client</source>
            <translation>Spørg klienten</translation>
        </message>
        <message>
            <source>Objection from %1 received %2: %3</source>
            <translation>Indsigelse fra %1 modtaget %2: %3</translation>
        </message>
        <message>
            <source>Leave empty to ask whether to maintain, reduce or drop the claim.</source>
            <translation>Tom: klienten spørges, om kravet skal fastholdes, nedsættes eller frafaldes.</translation>
        </message>
        <message>
            <source>Add limitation event · case %1</source>
            <translation>Tilføj forældelseshændelse · sag %1</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Afsluttet den</translation>
        </message>
        <message>
            <source>Every claim of the case</source>
            <translation>Alle sagens fordringer</translation>
        </message>
        <message>
            <source>In writing: the debtor acknowledges existence and amount</source>
            <translation>Skriftlig: skyldner anerkender kravets eksistens og størrelse</translation>
        </message>
        <message>
            <source>Path of the document</source>
            <translation>Sti til dokumentet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <source>Within %1 days</source>
            <translation>Inden for %1 dage</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Time-barred on</source>
            <translation>Forældes den</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dage tilbage</translation>
        </message>
        <message>
            <source>Step that interrupts</source>
            <translation>Skridt der afbryder</translation>
        </message>
        <message>
            <source>time-barred</source>
            <translation>forældet</translation>
        </message>
        <message>
            <source>%1 claims</source>
            <translation>%1 fordringer</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open objections</source>
            <translation>Åbne indsigelser</translation>
        </message>
        <message>
            <source>No claims</source>
            <translation>Ingen fordringer</translation>
        </message>
        <message>
            <source>TIME-BARRED</source>
            <translation>FORÆLDET</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>om %1 dage</translation>
        </message>
        <message>
            <source>Interest after fundament</source>
            <translation>Renter efter fundament</translation>
        </message>
        <message>
            <source>Maintain the claim</source>
            <translation>Fasthold kravet</translation>
        </message>
        <message>
            <source>Reduce the claim (credit)</source>
            <translation>Nedsæt kravet (kreditering)</translation>
        </message>
        <message>
            <source>Drop the claim</source>
            <translation>Frafald kravet</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
    </context>
    <context>
        <name>LimitationWarning</name>
        <message>
            <source>Claim %1 %2</source>
            <translation>Fordring %1 %2</translation>
        </message>
        <message>
            <source>The case has an open objection: add no fees or salary for the disputed part until it is closed.</source>
            <translation>Sagen har en åben indsigelse: tilføj ingen gebyrer eller salær for den bestridte del, før den er afsluttet.</translation>
        </message>
    </context>
    <context>
        <name>ListActions</name>
        <message>
            <source>Nothing to post on this page (F9).</source>
            <translation>Der er intet at bogføre på denne side (F9).</translation>
        </message>
        <message>
            <source>Check the journal lines, then post them with F9.</source>
            <translation>Kontrollér kladdelinjerne, og bogfør dem med F9.</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Vælg først en sag.</translation>
        </message>
        <message>
            <source>Delete case</source>
            <translation>Slet sag</translation>
        </message>
        <message>
            <source>Delete case %1? Its parties, notes and history are deleted too.</source>
            <translation>Vil du slette sag %1? Sagens parter, noter og historik slettes også.</translation>
        </message>
        <message>
            <source>Client %1 created.</source>
            <translation>Klient %1 er oprettet.</translation>
        </message>
        <message>
            <source>Party %1 created.</source>
            <translation>Part %1 er oprettet.</translation>
        </message>
        <message>
            <source>Employee %1 created.</source>
            <translation>Medarbejder %1 er oprettet.</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Slet klient</translation>
        </message>
        <message>
            <source>Delete party</source>
            <translation>Slet part</translation>
        </message>
        <message>
            <source>Case types</source>
            <translation>Sagstyper</translation>
        </message>
        <message>
            <source>Codes cannot be added to this table here.</source>
            <translation>Der kan ikke oprettes koder i denne tabel her.</translation>
        </message>
        <message>
            <source>Code %1 created.</source>
            <translation>Koden %1 er oprettet.</translation>
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
            <translation>Vælg først en post.</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Vil du slette %1?</translation>
        </message>
        <message>
            <source>%1 already exists: nothing was created.</source>
            <translation>%1 findes allerede: der er ikke oprettet noget.</translation>
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
            <translation>Filtrér (Ctrl+F)</translation>
        </message>
        <message>
            <source>Exporting …</source>
            <translation>Eksporterer …</translation>
        </message>
        <message>
            <source>Preparing the printout …</source>
            <translation>Forbereder udskriften …</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) sent to the printer</source>
            <translation>
                <numerusform>%n række sendt til printeren</numerusform>
                <numerusform>%n rækker sendt til printeren</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter: %1</source>
            <translation>Filter: %1</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Eksportér til Excel</translation>
        </message>
        <message>
            <source>Export to CSV</source>
            <translation>Eksportér til CSV</translation>
        </message>
        <message>
            <source>CSV (semicolon) (*.csv)</source>
            <translation>CSV (semikolon) (*.csv)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Gem som PDF</translation>
        </message>
        <message>
            <source>Export to Word</source>
            <translation>Eksportér til Word</translation>
        </message>
        <message>
            <source>The filter can be at most %1 characters long.</source>
            <translation>Filteret kan højst være på %1 tegn.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1</source>
            <translation>
                <numerusform>%n række eksporteret til %1</numerusform>
                <numerusform>%n rækker eksporteret til %1</numerusform>
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
            <translation>Bestridt</translation>
        </message>
        <message>
            <source>Time-barred</source>
            <translation>Forældet</translation>
        </message>
        <message>
            <source>Case entries</source>
            <translation>Sagsposter</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Fees and costs</source>
            <translation>Gebyrer og omkostninger</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>Samlet gæld</translation>
        </message>
        <message>
            <source>Case details</source>
            <translation>Sagsdetaljer</translation>
        </message>
        <message>
            <source>Regarding</source>
            <translation>Vedrørende</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Sagsoversigt</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Debitor</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
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
            <translation>Behandler</translation>
        </message>
        <message>
            <source>Balance excl. interest</source>
            <translation>Saldo ekskl. renter</translation>
        </message>
        <message>
            <source>Client statistics</source>
            <translation>Klientstatistik</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>CVR-nr.</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistreret</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>CPR/CVR</source>
            <translation>CPR/CVR</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Medarbejdere</translation>
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
            <translation>Koder og tabeller</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
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
            <translation>Kode</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>F4: look up · Ctrl+F4: full list</source>
            <translation>F4: opslag · Ctrl+F4: hele listen</translation>
        </message>
        <message>
            <source>Look up (F4)</source>
            <translation>Opslag (F4)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Opslag</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Role Center</source>
            <translation>Rollecenter</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Sagsoversigt</translation>
        </message>
        <message>
            <source>Payment plans</source>
            <translation>Betalingsplaner</translation>
        </message>
        <message>
            <source>Enforcement titles</source>
            <translation>Fundamenter</translation>
        </message>
        <message>
            <source>Collection journals</source>
            <translation>Inkassokladder</translation>
        </message>
        <message>
            <source>Client settlements</source>
            <translation>Afregning til klienter</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Sagsopfølgning</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Henvendelser</translation>
        </message>
        <message>
            <source>Suspense list</source>
            <translation>Afstemningsliste</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Forældelse</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>Stamdata</translation>
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
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>Opsætning</translation>
        </message>
        <message>
            <source>Codes and tables</source>
            <translation>Koder og tabeller</translation>
        </message>
        <message>
            <source>Reference rates</source>
            <translation>Referencesatser</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>Salærtabeller</translation>
        </message>
        <message>
            <source>Fixed fees</source>
            <translation>Faste gebyrer</translation>
        </message>
        <message>
            <source>Rate caps</source>
            <translation>Renteloft</translation>
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
            <translation>Brugere og revisionslog</translation>
        </message>
        <message>
            <source>CapLegal Desktop</source>
            <translation>CapLegal Desktop</translation>
        </message>
        <message>
            <source>Quick search (Ctrl+K)</source>
            <translation>Hurtigsøgning (Ctrl+K)</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Company: %1</source>
            <translation>Firma: %1</translation>
        </message>
        <message>
            <source>There is no card for this record yet.</source>
            <translation>Der findes endnu intet kort til denne post.</translation>
        </message>
        <message>
            <source>This function is not available yet.</source>
            <translation>Funktionen er ikke tilgængelig endnu.</translation>
        </message>
        <message>
            <source>No case matches “%1”.</source>
            <translation>Ingen sag matcher “%1”.</translation>
        </message>
        <message>
            <source>%1 hits for “%2”</source>
            <translation>%1 resultater for “%2”</translation>
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
            <translation>Navn</translation>
        </message>
        <message>
            <source>CVR no.</source>
            <translation>CVR-nr.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>VAT registered</source>
            <translation>Momsregistreret</translation>
        </message>
        <message>
            <source>client</source>
            <translation>klient</translation>
        </message>
        <message>
            <source>The name must be filled in.</source>
            <translation>Navnet skal udfyldes.</translation>
        </message>
    </context>
    <context>
        <name>NewEmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>Ny medarbejder</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
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
            <translation>Navn</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Virksomhed</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>CPR/CVR no.</source>
            <translation>CPR-/CVR-nr.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Retskreds</translation>
        </message>
        <message>
            <source>Bailiff's court</source>
            <translation>Fogedret</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Sag vedr. part</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>party</source>
            <translation>part</translation>
        </message>
        <message>
            <source>The name must be filled in.</source>
            <translation>Navnet skal udfyldes.</translation>
        </message>
        <message>
            <source>The post code %1 does not exist.</source>
            <translation>Postnummeret %1 findes ikke.</translation>
        </message>
    </context>
    <context>
        <name>NewSetupCodeDialog</name>
        <message>
            <source>New code: %1</source>
            <translation>Ny kode: %1</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Retskreds</translation>
        </message>
        <message>
            <source>Bailiff's court</source>
            <translation>Fogedret</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>%1 must be filled in.</source>
            <translation>%1 skal udfyldes.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Ny bruger</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Codes, e.g. NORD,SYD (empty: the whole client)</source>
            <translation>Koder, fx NORD,SYD (tom: hele klienten)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Opret</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Brugernavn:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Employee:</source>
            <translation>Medarbejder:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprog:</translation>
        </message>
        <message>
            <source>Client no.:</source>
            <translation>Klientnr.:</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>Afdelinger:</translation>
        </message>
        <message>
            <source>A temporary password is made; the user chooses their own at the first sign-in.</source>
            <translation>Der dannes en midlertidig adgangskode; brugeren vælger sin egen ved første login.</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>Tilføj note</translation>
        </message>
        <message>
            <source>Write the note …</source>
            <translation>Skriv noten …</translation>
        </message>
        <message>
            <source>Save the note (Ctrl+Enter)</source>
            <translation>Gem noten (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <source>Change password</source>
            <translation>Skift adgangskode</translation>
        </message>
        <message>
            <source>Your password is changed.</source>
            <translation>Din adgangskode er skiftet.</translation>
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
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Change party type</source>
            <translation>Skift parttype</translation>
        </message>
        <message>
            <source>Remove from case</source>
            <translation>Fjern fra sagen</translation>
        </message>
        <message>
            <source>New party type</source>
            <translation>Ny parttype</translation>
        </message>
    </context>
    <context>
        <name>PartyCard</name>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Name 2</source>
            <translation>Navn 2</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Virksomhed</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>CPR/CVR no.</source>
            <translation>CPR-/CVR-nr.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>c/o</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>Address 2</source>
            <translation>Adresse 2</translation>
        </message>
        <message>
            <source>Post code</source>
            <translation>Postnr.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Retskreds</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
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
            <translation>Gældssanering</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Afdød</translation>
        </message>
        <message>
            <source>Personal bankruptcy</source>
            <translation>Konkurs</translation>
        </message>
        <message>
            <source>A flagged party is shown with a warning on its cases, in the wizard and in letter runs.</source>
            <translation>En markeret part vises med en advarsel på sine sager, i guiden og i brevkørsler.</translation>
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
            <translation>Part %1 er gemt.</translation>
        </message>
    </context>
    <context>
        <name>PartyStep</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Party type</source>
            <translation>Parttype</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Court district</source>
            <translation>Retskreds</translation>
        </message>
        <message>
            <source>Regarding party</source>
            <translation>Sag vedr. part</translation>
        </message>
        <message>
            <source>No party matches “%1”. Create a new party?</source>
            <translation>Ingen part matcher “%1”. Opret en ny part?</translation>
        </message>
        <message>
            <source>Text about the marked debtor</source>
            <translation>Tekst om den markerede debitor</translation>
        </message>
        <message>
            <source>Case regarding party</source>
            <translation>Sag vedr. part</translation>
        </message>
        <message>
            <source>Debtors on the case (Ctrl+Del removes the marked one)</source>
            <translation>Debitorer på sagen (Ctrl+Del fjerner den markerede)</translation>
        </message>
        <message>
            <source>Add party: search words, Enter</source>
            <translation>Tilføj part: søgeord, Enter</translation>
        </message>
        <message>
            <source>Add party (Alt+A)</source>
            <translation>Tilføj part (Alt+A)</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>%1 is already on the case.</source>
            <translation>%1 er allerede på sagen.</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ny)</translation>
        </message>
        <message>
            <source>%1 added as debtor. Search again to add one more.</source>
            <translation>%1 er tilføjet som debitor. Søg igen for at tilføje en til.</translation>
        </message>
        <message>
            <source>The case must have at least one debtor: add a party.</source>
            <translation>Sagen skal have mindst én debitor: tilføj en part.</translation>
        </message>
    </context>
    <context>
        <name>PartyWarning</name>
        <message>
            <source>Attention — collect by the special rules for this party:</source>
            <translation>OBS – særlige regler for inddrivelse over for denne part:</translation>
        </message>
    </context>
    <context>
        <name>PaymentPlanTexts</name>
        <message>
            <source>Payment plan {no}</source>
            <translation>Betalingsplan {no}</translation>
        </message>
        <message>
            <source>Payment plans</source>
            <translation>Betalingsplaner</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>Calculator</source>
            <translation>Beregner</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specifikation</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
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
            <translation>Betal ældst først</translation>
        </message>
        <message>
            <source>Pro rata</source>
            <translation>Pro-rata</translation>
        </message>
        <message>
            <source>Special settlement</source>
            <translation>Speciel regulering</translation>
        </message>
        <message>
            <source>Interest first</source>
            <translation>Rente først</translation>
        </message>
        <message>
            <source>Costs first</source>
            <translation>Omkostninger først</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Omkostning</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Omkostninger</translation>
        </message>
        <message>
            <source>Instalment change</source>
            <translation>Ydelsesændring</translation>
        </message>
        <message>
            <source>Interest stop</source>
            <translation>Rentestop</translation>
        </message>
        <message>
            <source>Payment deferral</source>
            <translation>Betalingshenstand</translation>
        </message>
        <message>
            <source>Reduced payment</source>
            <translation>Reduceret betaling</translation>
        </message>
        <message>
            <source>Increased payment</source>
            <translation>Forhøjet betaling</translation>
        </message>
        <message>
            <source>Interest agreement</source>
            <translation>Renteaftale</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>Debitorer</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>Aktiveret</translation>
        </message>
        <message>
            <source>Replaces plan</source>
            <translation>Erstatter plan</translation>
        </message>
        <message>
            <source>Extraordinary payment amount</source>
            <translation>Ekstraordinær betalingsbeløb</translation>
        </message>
        <message>
            <source>Extraordinary payment date</source>
            <translation>Ekstraordinær betalingsdato</translation>
        </message>
        <message>
            <source>First payment date</source>
            <translation>Første betalingsdato</translation>
        </message>
        <message>
            <source>Payment term</source>
            <translation>Betalingstermin</translation>
        </message>
        <message>
            <source>Number of periods</source>
            <translation>Antal perioder</translation>
        </message>
        <message>
            <source>Last payment date</source>
            <translation>Sidste betalingsdato</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>Accrued interest</source>
            <translation>Påløbede renter</translation>
        </message>
        <message>
            <source>Limit payment type</source>
            <translation>Afgræns betalingstype</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Betalingsrækkefølge</translation>
        </message>
        <message>
            <source>Debt at the start of the plan</source>
            <translation>Gæld ved planens start</translation>
        </message>
        <message>
            <source>Credit amount</source>
            <translation>Kreditbeløb</translation>
        </message>
        <message>
            <source>Credit costs</source>
            <translation>Kreditomkostninger</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>ÅOP</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>In solidum</source>
            <translation>Insolidum</translation>
        </message>
        <message>
            <source>Liability share %</source>
            <translation>Hæftelsesandel i %</translation>
        </message>
        <message>
            <source>Repayment share %</source>
            <translation>Genbetalingsandel i %</translation>
        </message>
        <message>
            <source>Payment priority</source>
            <translation>Betalingsprioritet</translation>
        </message>
        <message>
            <source>Limit payment percentage</source>
            <translation>Afgræns betalingsprocent</translation>
        </message>
        <message>
            <source>Interest-bearing in plan</source>
            <translation>Rentebærende i betalingsplan</translation>
        </message>
        <message>
            <source>Interest %</source>
            <translation>Rente %</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Forfaldsdato</translation>
        </message>
        <message>
            <source>Remaining debt</source>
            <translation>Restgæld</translation>
        </message>
        <message>
            <source>Applied to</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Delvist betalt</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Forfalden</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Ikke forfalden</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>Beregn</translation>
        </message>
        <message>
            <source>Activate payment plan</source>
            <translation>Aktivér betalingsplan</translation>
        </message>
        <message>
            <source>Payment plan</source>
            <translation>Betalingsplan</translation>
        </message>
        <message>
            <source>Payment agreements</source>
            <translation>Betalingsaftaler</translation>
        </message>
        <message>
            <source>Print credit costs</source>
            <translation>Udskriv kreditomkostninger</translation>
        </message>
        <message>
            <source>Close payment plan</source>
            <translation>Luk betalingsplan</translation>
        </message>
        <message>
            <source>Reopen payment plan</source>
            <translation>Genåbn betalingsplan</translation>
        </message>
        <message>
            <source>Create payment plan</source>
            <translation>Dan betalingsplan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbn</translation>
        </message>
        <message>
            <source>Choose the debtors included in the payment plan</source>
            <translation>Vælg de debitorer, der indgår i betalingsplanen</translation>
        </message>
        <message>
            <source>The debtor already has an active payment plan ({nos}).

If you choose Create new, the active payment plan is closed when the new one is activated.</source>
            <translation>Debitor har allerede en aktiv betalingsplan ({nos}).

Vælger du Opret ny, lukkes den aktive betalingsplan, når den nye aktiveres.</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Opret ny</translation>
        </message>
        <message>
            <source>Select a case in the case overview first.</source>
            <translation>Marker en sag i sagsoversigten først.</translation>
        </message>
        <message>
            <source>The plan is calculated: {periods} periods of {instalment}.</source>
            <translation>Planen er beregnet: {periods} perioder à {instalment}.</translation>
        </message>
        <message>
            <source>Payment plan {no} is activated.</source>
            <translation>Betalingsplan {no} er aktiveret.</translation>
        </message>
        <message>
            <source>Payment plan {nos} is closed.</source>
            <translation>Betalingsplan {nos} er lukket.</translation>
        </message>
        <message>
            <source>Do you want to change this payment plan or create a new one?

Creating a new payment plan is recommended, as it keeps the history.</source>
            <translation>Vil du ændre denne betalingsplan eller oprette en ny?

Det anbefales at oprette en ny betalingsplan, idet du dermed bevarer historikken.</translation>
        </message>
        <message>
            <source>Change this one</source>
            <translation>Ændr denne</translation>
        </message>
        <message>
            <source>Create new (recommended)</source>
            <translation>Opret ny (anbefalet)</translation>
        </message>
        <message>
            <source>General agreements</source>
            <translation>Generelle aftaler</translation>
        </message>
        <message>
            <source>Changes to single instalments</source>
            <translation>Ændring af enkelte ydelser</translation>
        </message>
        <message>
            <source>Agreement type</source>
            <translation>Aftaletype</translation>
        </message>
        <message>
            <source>In force from period</source>
            <translation>Ikrafttrædelse fra periode</translation>
        </message>
        <message>
            <source>New instalment, if any</source>
            <translation>Evt. ny ydelse</translation>
        </message>
        <message>
            <source>Agreement remarks</source>
            <translation>Aftalebemærkninger</translation>
        </message>
        <message>
            <source>Period no.</source>
            <translation>Periodenr.</translation>
        </message>
        <message>
            <source>Interest rate %</source>
            <translation>Rentesats %</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>First instalment (period 1) {first}; last instalment, period {last_no}, falls due {last}.</source>
            <translation>Første afdrag (periode 1) {first}; sidste afdrag periode {last_no} forfalder {last}.</translation>
        </message>
        <message>
            <source>Include payment details</source>
            <translation>Inkludér betalingsoplysninger</translation>
        </message>
        <message>
            <source>Save credit costs as PDF</source>
            <translation>Gem kreditomkostninger som PDF</translation>
        </message>
        <message>
            <source>Credit costs saved: {path}</source>
            <translation>Kreditomkostninger gemt: {path}</translation>
        </message>
        <message>
            <source>Accrued interest in the plan</source>
            <translation>Påløbede renter i planen</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This page is not available yet.</source>
            <translation>Siden er ikke tilgængelig endnu.</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Change your password before you continue.</source>
            <translation>Skift din adgangskode, før du fortsætter.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Kig i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer af &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>QuickSearchBox</name>
        <message>
            <source>Search: customer no., CPR, invoice, OCR, e-mail, case ...</source>
            <translation>Søg: kundenr., CPR, faktura, OCR, e-mail, sag ...</translation>
        </message>
    </context>
    <context>
        <name>RateCaps</name>
        <message>
            <source>Correct rate cap</source>
            <translation>Ret renteloft</translation>
        </message>
        <message>
            <source>Margin (percentage points)</source>
            <translation>Tillæg (procentpoint)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Ret</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bekræft</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Reference series</source>
            <translation>Referencerente</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Tillæg</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekræftet</translation>
        </message>
        <message>
            <source>Rate caps</source>
            <translation>Renteloft</translation>
        </message>
        <message>
            <source>UNVERIFIED – to confirm</source>
            <translation>IKKE BEKRÆFTET – skal bekræftes</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>The rate cap is corrected.</source>
            <translation>Renteloftet er rettet.</translation>
        </message>
        <message>
            <source>The rate cap is confirmed.</source>
            <translation>Renteloftet er bekræftet.</translation>
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
            <translation>Annuller</translation>
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
            <translation>Lukkede sager</translation>
        </message>
        <message>
            <source>Collected amounts</source>
            <translation>Inddrevne beløb</translation>
        </message>
        <message>
            <source>Cases per case handler</source>
            <translation>Sager pr. sagsbehandler</translation>
        </message>
        <message>
            <source>Number of cases per status and balances (principal, interest, costs, paid, balance) per client or per case on a date.</source>
            <translation>Antal sager pr. status og saldi (hovedstol, renter, omkostninger, betalt, restgæld) pr. klient eller pr. sag på en dato.</translation>
        </message>
        <message>
            <source>Cases closed in the period with principal, collected and written-off amounts.</source>
            <translation>Sager lukket i perioden med hovedstol, inddrevet og afskrevet beløb.</translation>
        </message>
        <message>
            <source>Payments per client per month in the period (the basis of the client settlement).</source>
            <translation>Indbetalinger pr. klient pr. måned i perioden (grundlag for klientafregning).</translation>
        </message>
        <message>
            <source>Number of cases per status and balance per case handler on a date.</source>
            <translation>Antal sager pr. status og restgæld pr. sagsbehandler på en dato.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktive</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Hvilende</translation>
        </message>
        <message>
            <source>Recalled</source>
            <translation>Tilb.kaldt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukkede</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Hovedstol</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Renter</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Omkostninger</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Restgæld</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
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
            <translation>Klientnr.</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Case handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Inddrevet</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>Afskrevet</translation>
        </message>
        <message>
            <source>Left at closing</source>
            <translation>Rest ved lukning</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Indbetalinger</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>Pr. %1</translation>
        </message>
        <message>
            <source>Period %1 – %2</source>
            <translation>Periode %1 – %2</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>Klient %1</translation>
        </message>
        <message>
            <source>Detailed</source>
            <translation>Detaljeret</translation>
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
            <translation>Alle klienter</translation>
        </message>
        <message>
            <source>Detailed (per case)</source>
            <translation>Detaljeret (pr. sag)</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Kør</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Opgjort pr.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
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
            <translation>Rapporten køres …</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n linje</numerusform>
                <numerusform>%n linjer</numerusform>
            </translation>
        </message>
        <message>
            <source>Run a report first.</source>
            <translation>Kør en rapport først.</translation>
        </message>
        <message>
            <source>CSV (semicolon) (*.csv)</source>
            <translation>CSV (semikolon) (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Gem rapport</translation>
        </message>
        <message>
            <source>The report was saved in %1</source>
            <translation>Rapporten er gemt i %1</translation>
        </message>
        <message>
            <source>The report was sent to the printer.</source>
            <translation>Rapporten er sendt til printeren.</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Open requests</source>
            <translation>Åbne henvendelser</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Tilbagekaldelse</translation>
        </message>
        <message>
            <source>Message to handler</source>
            <translation>Besked til sagsbehandler</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Luk henvendelse</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Åbn sag</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Spørgsmål</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Awaiting us</source>
            <translation>Afventer os</translation>
        </message>
        <message>
            <source>Awaiting the client</source>
            <translation>Afventer klienten</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kontoret</translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Vis lukkede</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>No open requests.</source>
            <translation>Ingen åbne henvendelser.</translation>
        </message>
        <message>
            <source>Write the answer to the client …</source>
            <translation>Skriv svaret til klienten …</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Answer and close</source>
            <translation>Svar og luk</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Henvendelser</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>Vælg en henvendelse først.</translation>
        </message>
        <message>
            <source>%1: answer sent to the client.</source>
            <translation>%1: svaret er sendt til klienten.</translation>
        </message>
        <message>
            <source>Complete the recall? Case %1 is then closed.</source>
            <translation>Vil du afslutte tilbagekaldelsen? Sag %1 lukkes derefter.</translation>
        </message>
    </context>
    <context>
        <name>Ribbon</name>
        <message>
            <source>Process</source>
            <translation>Proces</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Inkasso</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Forældelse</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Handlinger</translation>
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
            <translation>Sagshandlinger</translation>
        </message>
    </context>
    <context>
        <name>RoleCenterPage</name>
        <message>
            <source>Role Center</source>
            <translation>Rollecenter</translation>
        </message>
        <message>
            <source>Cases created today</source>
            <translation>Sager oprettet i dag</translation>
        </message>
        <message>
            <source>Active cases</source>
            <translation>Aktive sager</translation>
        </message>
        <message>
            <source>Due follow-ups</source>
            <translation>Forfaldne opfølgninger</translation>
        </message>
        <message>
            <source>Unposted journal lines</source>
            <translation>Ikke-bogførte kladdelinjer</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoritter</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Nøgletal</translation>
        </message>
        <message>
            <source>Outstanding in all (excl. interest)</source>
            <translation>Udestående i alt (ekskl. renter)</translation>
        </message>
        <message>
            <source>Collected this month</source>
            <translation>Inddrevet denne måned</translation>
        </message>
        <message>
            <source>Collected this year</source>
            <translation>Inddrevet i år</translation>
        </message>
        <message>
            <source>Loading chart …</source>
            <translation>Henter diagram …</translation>
        </message>
        <message>
            <source>Quick links</source>
            <translation>Genveje</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>Register payment</source>
            <translation>Registrér betaling</translation>
        </message>
        <message>
            <source>Case overview</source>
            <translation>Sagsoversigt</translation>
        </message>
        <message>
            <source>Cases created</source>
            <translation>Oprettede sager</translation>
        </message>
        <message>
            <source>Collected (kr.)</source>
            <translation>Inddrevet (kr.)</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search words, then Enter</source>
            <translation>Søgeord, derefter Enter</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Søg</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Søg:</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s). Enter picks the marked one.</source>
            <translation>
                <numerusform>%n resultat. Enter vælger det markerede.</numerusform>
                <numerusform>%n resultater. Enter vælger det markerede.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Intet fundet.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Copy</source>
            <translation>Kopiér</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprog:</translation>
        </message>
        <message>
            <source>Amounts and dates follow the language.</source>
            <translation>Beløb og datoer følger sproget.</translation>
        </message>
    </context>
    <context>
        <name>SetupCodes</name>
        <message>
            <source>Code %1 created.</source>
            <translation>Koden %1 er oprettet.</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Rykkergebyr</translation>
        </message>
        <message>
            <source>Collection fee</source>
            <translation>Inkassogebyr</translation>
        </message>
        <message>
            <source>Compensation fee</source>
            <translation>Kompensationsbeløb</translation>
        </message>
        <message>
            <source>Salary (incl. awarded hearing fee)</source>
            <translation>Salær (også tilkendt mødesalær)</translation>
        </message>
        <message>
            <source>Court fee (incl. awarded legal costs)</source>
            <translation>Retsafgift (også tilkendte sagsomkostninger)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>New fee or salary code</source>
            <translation>Ny salær-/gebyrkode</translation>
        </message>
        <message>
            <source>New tariff code</source>
            <translation>Ny takstkode</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Per case</source>
            <translation>Pr. sag</translation>
        </message>
        <message>
            <source>Per claim</source>
            <translation>Pr. fordring</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Interest-bearing</source>
            <translation>Rentebærende</translation>
        </message>
        <message>
            <source>Legal rule</source>
            <translation>Lovregel</translation>
        </message>
        <message>
            <source>Amount (empty: set by the court)</source>
            <translation>Beløb (tomt: fastsættes af retten)</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gælder fra</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
    </context>
    <context>
        <name>SetupTables</name>
        <message>
            <source>Reference rates</source>
            <translation>Referencesatser</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>Salærtabeller</translation>
        </message>
        <message>
            <source>Fixed fees</source>
            <translation>Faste gebyrer</translation>
        </message>
        <message>
            <source>Denmark – Nationalbanken's lending rate</source>
            <translation>Danmark – Nationalbankens udlånsrente</translation>
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
            <translation>Satsen, der gælder fra hver dato. En opgørelse bruger den seneste række pr. 1. januar og 1. juli; mangler en række, føres den seneste sats videre, og opgørelsen siger det.</translation>
        </message>
        <message>
            <source>Legal figures with their source. A correction keeps the old value in the history.</source>
            <translation>Lovbestemte beløb med deres kilde. En rettelse gemmer den gamle værdi i historikken.</translation>
        </message>
        <message>
            <source>Rates missing: %1</source>
            <translation>Satser, der mangler: %1</translation>
        </message>
        <message>
            <source>Rows to confirm: %1</source>
            <translation>Rækker, der skal bekræftes: %1</translation>
        </message>
        <message>
            <source>Rows imported: %1</source>
            <translation>Importerede rækker: %1</translation>
        </message>
        <message>
            <source>Every row is confirmed or certain.</source>
            <translation>Alle rækker er bekræftet eller sikre.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Rate (%)</source>
            <translation>Sats (%)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Sikkerhed</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Bekræftet af</translation>
        </message>
        <message>
            <source>Confirmed on</source>
            <translation>Bekræftet den</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Claim from</source>
            <translation>Fordring fra</translation>
        </message>
        <message>
            <source>Claim to</source>
            <translation>Fordring til</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløb</translation>
        </message>
        <message>
            <source>% of excess</source>
            <translation>% af overskydende</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>over</source>
            <translation>over</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebyrer</translation>
        </message>
        <message>
            <source>Court fees</source>
            <translation>Retsafgifter</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Høj</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Ikke verificeret</translation>
        </message>
        <message>
            <source>Needs confirmation: check it against the source and confirm it.</source>
            <translation>Skal bekræftes: kontrollér den mod kilden, og bekræft den.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>No rate for this date. Mark the line and choose New rate.</source>
            <translation>Ingen sats for denne dato. Markér linjen, og vælg Ny sats.</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Ny sats</translation>
        </message>
        <message>
            <source>Correct rate</source>
            <translation>Ret sats</translation>
        </message>
        <message>
            <source>New row</source>
            <translation>Ny række</translation>
        </message>
        <message>
            <source>Correct row</source>
            <translation>Ret række</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bekræft</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importér CSV</translation>
        </message>
        <message>
            <source>New reference rate – %1</source>
            <translation>Ny referencesats – %1</translation>
        </message>
        <message>
            <source>Correct reference rate – %1</source>
            <translation>Ret referencesats – %1</translation>
        </message>
        <message>
            <source>New row – %1</source>
            <translation>Ny række – %1</translation>
        </message>
        <message>
            <source>Correct row – %1</source>
            <translation>Ret række – %1</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>e.g. Nationalbanken, press release of 19 June 2026</source>
            <translation>fx Nationalbanken, pressemeddelelse af 19. juni 2026</translation>
        </message>
        <message>
            <source>Why it is corrected (kept in the history with the old value)</source>
            <translation>Hvorfor den rettes (gemmes i historikken med den gamle værdi)</translation>
        </message>
        <message>
            <source>OK (Ctrl+Enter)</source>
            <translation>OK (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annullér (Esc)</translation>
        </message>
        <message>
            <source>Valid from: give the date.</source>
            <translation>Gyldig fra: angiv datoen.</translation>
        </message>
        <message>
            <source>Valid from: not a date. Write it like %1.</source>
            <translation>Gyldig fra: ikke en dato. Skriv den som %1.</translation>
        </message>
        <message>
            <source>Valid from: a reference rate applies from 1 January or 1 July.</source>
            <translation>Gyldig fra: en referencesats gælder fra 1. januar eller 1. juli.</translation>
        </message>
        <message>
            <source>Rate: give the rate in percent.</source>
            <translation>Sats: angiv satsen i procent.</translation>
        </message>
        <message>
            <source>Rate: not a percentage. Write it like %1 (at most 4 decimals).</source>
            <translation>Sats: ikke en procentsats. Skriv den som %1 (højst 4 decimaler).</translation>
        </message>
        <message>
            <source>Rate: must lie between -100 and 100 percent.</source>
            <translation>Sats: skal ligge mellem -100 og 100 procent.</translation>
        </message>
        <message>
            <source>Amount: give the amount.</source>
            <translation>Beløb: angiv beløbet.</translation>
        </message>
        <message>
            <source>Amount: not an amount. Write it like %1.</source>
            <translation>Beløb: ikke et beløb. Skriv det som %1.</translation>
        </message>
        <message>
            <source>%2: not an amount. Leave it empty (open end) or write it like %1.</source>
            <translation>%2: ikke et beløb. Lad feltet stå tomt (åbent interval), eller skriv det som %1.</translation>
        </message>
        <message>
            <source>Claim to: must not be below Claim from.</source>
            <translation>Fordring til: må ikke være mindre end Fordring fra.</translation>
        </message>
        <message>
            <source>Source: say where the figure comes from.</source>
            <translation>Kilde: angiv, hvor tallet kommer fra.</translation>
        </message>
        <message>
            <source>Reason: say why the figure is corrected.</source>
            <translation>Begrundelse: angiv, hvorfor tallet rettes.</translation>
        </message>
        <message>
            <source>Nothing is changed: give a new value or a new source.</source>
            <translation>Intet er ændret: angiv en ny værdi eller en ny kilde.</translation>
        </message>
        <message>
            <source>Confirm %1 from %2 (%3)?

Source: %4

You confirm that you have checked the figure against the source. Your name and the time are kept with the row.</source>
            <translation>Bekræft %1 fra %2 (%3)?

Kilde: %4

Du bekræfter, at du har kontrolleret tallet mod kilden. Dit navn og tidspunktet gemmes med rækken.</translation>
        </message>
        <message>
            <source>History – %1 from %2</source>
            <translation>Historik – %1 fra %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Før → efter</translation>
        </message>
        <message>
            <source>The row has not been changed.</source>
            <translation>Rækken er ikke ændret.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Import reference rates</source>
            <translation>Importér referencesatser</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Nothing was imported. The file has these problems:</source>
            <translation>Intet blev importeret. Filen har disse fejl:</translation>
        </message>
        <message>
            <source>%1 from %2 saved.</source>
            <translation>%1 fra %2 gemt.</translation>
        </message>
        <message>
            <source>%1 from %2 confirmed.</source>
            <translation>%1 fra %2 bekræftet.</translation>
        </message>
        <message>
            <source>Mark a row first.</source>
            <translation>Markér en række først.</translation>
        </message>
        <message>
            <source>The row is already confirmed.</source>
            <translation>Rækken er allerede bekræftet.</translation>
        </message>
        <message>
            <source>Reference rate (%1)</source>
            <translation>Referencesats (%1)</translation>
        </message>
        <message>
            <source>%1 missing for %2: the statement carries the last rate forward.</source>
            <translation>%1 mangler for %2: opgørelsen fører den seneste sats videre.</translation>
        </message>
        <message>
            <source>%1 from %2, which the statement uses, is not confirmed.</source>
            <translation>%1 fra %2, som opgørelsen bruger, er ikke bekræftet.</translation>
        </message>
        <message>
            <source>Open reference rates</source>
            <translation>Åbn referencesatser</translation>
        </message>
        <message>
            <source>Reference rate missing for %1</source>
            <translation>Referencesats mangler for %1</translation>
        </message>
        <message>
            <source>Legal figures to confirm</source>
            <translation>Lovbestemte tal til bekræftelse</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Brugernavn:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Adgangskode:</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Skriv dit brugernavn og din adgangskode.</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Collection statement</source>
            <translation>Inkassoopgørelse</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Opgjort pr.</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>Beregn</translation>
        </message>
        <message>
            <source>All debtors (in solidum)</source>
            <translation>Alle debitorer (in solidum)</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>Debitor</translation>
        </message>
        <message>
            <source>Collection statement (PDF)…</source>
            <translation>Inkassoopgørelse (PDF) …</translation>
        </message>
        <message>
            <source>Save the printable statement as PDF</source>
            <translation>Gem den udskrivbare opgørelse som PDF</translation>
        </message>
        <message>
            <source>Account statement (PDF)…</source>
            <translation>Inkassokontoudtog (PDF) …</translation>
        </message>
        <message>
            <source>Save the account statement (every entry with its running balance) as PDF</source>
            <translation>Gem inkassokontoudtoget (hver postering med løbende saldo) som PDF</translation>
        </message>
        <message>
            <source>Save statement</source>
            <translation>Gem opgørelse</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Afdelinger</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <source>Regarding</source>
            <translation>Vedrørende</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Ny bruger</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Deaktivér</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Aktivér</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Midlertidig adgangskode</translation>
        </message>
        <message>
            <source>New API token</source>
            <translation>Ny API-nøgle</translation>
        </message>
        <message>
            <source>Revoke API tokens</source>
            <translation>Tilbagekald API-nøgler</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Brugere</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Revisionslog</translation>
        </message>
        <message>
            <source>Users and audit log</source>
            <translation>Brugere og revisionslog</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Logget ind</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Login afvist</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Spærret</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Afvist</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Bruger oprettet</translation>
        </message>
        <message>
            <source>User changed</source>
            <translation>Bruger ændret</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Adgangskode skiftet</translation>
        </message>
        <message>
            <source>API token created</source>
            <translation>API-nøgle oprettet</translation>
        </message>
        <message>
            <source>API token revoked</source>
            <translation>API-nøgle tilbagekaldt</translation>
        </message>
        <message>
            <source>Department added</source>
            <translation>Afdeling oprettet</translation>
        </message>
        <message>
            <source>Setup changed</source>
            <translation>Opsætning ændret</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>deaktiveret</translation>
        </message>
        <message>
            <source>temporary</source>
            <translation>midlertidig</translation>
        </message>
        <message>
            <source>User %1 created.</source>
            <translation>Brugeren %1 er oprettet.</translation>
        </message>
        <message>
            <source>The temporary password of %1. It is shown only now; the user changes it at the first sign-in.</source>
            <translation>Den midlertidige adgangskode til %1. Den vises kun nu; brugeren skifter den ved første login.</translation>
        </message>
        <message>
            <source>%1 enabled.</source>
            <translation>%1 er aktiveret.</translation>
        </message>
        <message>
            <source>%1 disabled; API tokens revoked.</source>
            <translation>%1 er deaktiveret; API-nøglerne er tilbagekaldt.</translation>
        </message>
        <message>
            <source>%1 has a temporary password.</source>
            <translation>%1 har fået en midlertidig adgangskode.</translation>
        </message>
        <message>
            <source>New API token for %1.</source>
            <translation>Ny API-nøgle til %1.</translation>
        </message>
        <message>
            <source>The API token of %1 for the client's own system. It is shown only now; only its hash is kept.</source>
            <translation>API-nøglen til %1 til klientens eget system. Den vises kun nu; kun dens hash gemmes.</translation>
        </message>
        <message>
            <source>The API tokens of %1 are revoked.</source>
            <translation>API-nøglerne til %1 er tilbagekaldt.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Tilbage</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Næste &gt;</translation>
        </message>
        <message>
            <source>Finish (Ctrl+Enter)</source>
            <translation>Udfør (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuller (Esc)</translation>
        </message>
        <message>
            <source>Next step (Alt+N, Ctrl+PgDn)</source>
            <translation>Næste trin (Alt+N, Ctrl+PgDn)</translation>
        </message>
        <message>
            <source>Previous step (Alt+P, Ctrl+PgUp)</source>
            <translation>Forrige trin (Alt+P, Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Leave the wizard? What you entered will not be saved.</source>
            <translation>Vil du forlade guiden? Det indtastede gemmes ikke.</translation>
        </message>
        <message>
            <source>What do you want to do?</source>
            <translation>Hvad vil du gøre?</translation>
        </message>
    </context>
</TS>