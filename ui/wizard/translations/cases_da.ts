<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da">
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
        <source>Due</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>No follow-ups on the case.</source>
        <translation>Ingen fremnoteringer på sagen.</translation>
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
        <source>Next step (Alt+Right)</source>
        <translation>Næste trin (Alt+Højre)</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Forrige trin (Alt+Venstre)</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <source>All debtors (in solidum)</source>
        <translation>Alle debitorer (in solidum)</translation>
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
        <source>Debtors</source>
        <translation>Debitorer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
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
    <message>
        <source>Claims – new case for %1</source>
        <translation>Fordringer – ny sag for %1</translation>
    </message>
    <message>
        <source>Add/Adjust claims, fees &amp; salary – case %1</source>
        <translation>Tilføj/Juster fordringer, gebyr &amp; salær – sag %1</translation>
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
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Datoen skal udfyldes.</translation>
    </message>
    <message>
        <source>Not a valid date. Write it like 24-11-2026.</source>
        <translation>Ikke en gyldig dato. Skriv den som 24-11-2026.</translation>
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
        <source>Case handler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>The responsible lawyer comes from the client card.</source>
        <translation>Den sagsansvarlige er klientkortets ansvarlige jurist.</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
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
        <source>The name must be filled in.</source>
        <translation>Navnet skal udfyldes.</translation>
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
        <source>The name must be filled in.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <source>The post code %1 does not exist.</source>
        <translation>Postnummeret %1 findes ikke.</translation>
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
        <translation><numerusform>%n hit. Enter vælger det markerede.</numerusform><numerusform>%n hits. Enter vælger det markerede.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
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
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the printable statement as PDF</source>
        <translation>Gem den udskrivbare opgørelse som PDF</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Gem opgørelse</translation>
    </message>
</context>
</TS>