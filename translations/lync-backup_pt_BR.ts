<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BackupJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Verificando o plano</translation>
    </message>
    <message>
        <source>Looking at the data to back up</source>
        <translation>Examinando os dados para backup</translation>
    </message>
    <message>
        <source>None of the items can be backed up:
%1</source>
        <translation>Não é possível fazer backup de nenhum dos itens:
%1</translation>
    </message>
    <message>
        <source>Checking the backup location</source>
        <translation>Verificando o local de backup</translation>
    </message>
    <message>
        <source>Every item failed; the run is left incomplete in %1. See backup.log there.</source>
        <translation>Todos os itens falharam; a execução ficou incompleta em %1. Consulte o backup.log nessa pasta.</translation>
    </message>
    <message>
        <source>Writing the manifest and checksums</source>
        <translation>Gravando o manifesto e as somas de verificação</translation>
    </message>
    <message>
        <source>Flushing the set to disk</source>
        <translation>Gravando o conjunto no disco</translation>
    </message>
    <message>
        <source>Verifying the new set</source>
        <translation>Verificando o novo conjunto</translation>
    </message>
    <message>
        <source>Cannot create the log %1: %2</source>
        <translation>Não é possível criar o log %1: %2</translation>
    </message>
    <message>
        <source>Keeping the topology and the DNS records of its servers</source>
        <translation>Incluindo no conjunto a topologia e os registros DNS dos servidores</translation>
    </message>
    <message>
        <source>Writing the recovery runbook</source>
        <translation>Gravando o roteiro de recuperação</translation>
    </message>
    <message>
        <source>Removing the sets the retention policy does not keep</source>
        <translation>Removendo os conjuntos que a política de retenção não mantém</translation>
    </message>
    <message>
        <source>Copying the set to the secondary location</source>
        <translation>Copiando o conjunto para o local secundário</translation>
    </message>
    <message>
        <source>The copy to %1 failed: %2</source>
        <translation>A cópia para %1 falhou: %2</translation>
    </message>
    <message>
        <source>Old sets were not removed from %1: %2</source>
        <translation>Os conjuntos antigos não foram removidos de %1: %2</translation>
    </message>
    <message>
        <source>The copy to %1 was cancelled; the set is only in %2.</source>
        <translation>A cópia para %1 foi cancelada; o conjunto está somente em %2.</translation>
    </message>
    <message>
        <source>Backing up: %1</source>
        <translation>Fazendo backup: %1</translation>
    </message>
    <message>
        <source>The run was stopped before the copy to %1; the set is only in %2.</source>
        <translation>A execução foi interrompida antes da cópia para %1; o conjunto está somente em %2.</translation>
    </message>
    <message>
        <source>The run was stopped before old sets were removed; the next good run removes them.</source>
        <translation>A execução foi interrompida antes da remoção dos conjuntos antigos; a próxima execução bem-sucedida os removerá.</translation>
    </message>
</context>
<context>
    <name>BackupLocation</name>
    <message>
        <source>Location reachable</source>
        <translation>Local acessível</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 existe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 é um arquivo, não uma pasta. Escolha uma pasta.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created inside %2.</source>
        <translation>%1 ainda não existe; será criado dentro de %2.</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Gravável</translation>
    </message>
    <message>
        <source>This account can create files in %1.</source>
        <translation>Esta conta pode criar arquivos em %1.</translation>
    </message>
    <message>
        <source>This account cannot create files in %1. Grant it write permission on the folder or share, or choose another location.</source>
        <translation>Esta conta não pode criar arquivos em %1. Conceda permissão de gravação na pasta ou no compartilhamento, ou escolha outro local.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espaço livre</translation>
    </message>
    <message>
        <source>Outside the data being backed up</source>
        <translation>Fora dos dados incluídos no backup</translation>
    </message>
    <message>
        <source>The location is not inside any source.</source>
        <translation>O local não está dentro de nenhuma origem.</translation>
    </message>
    <message>
        <source>The location %1 is inside %2, which is being backed up: every run would copy the earlier backups again. Choose a folder outside it.</source>
        <translation>O local %1 está dentro de %2, que está incluído no backup: cada execução copiaria de novo os backups anteriores. Escolha uma pasta fora dele.</translation>
    </message>
    <message>
        <source>%1, which is being backed up, lies inside the location %2. Keep the backup location separate from the data.</source>
        <translation>%1, que está incluído no backup, fica dentro do local %2. Mantenha o local de backup separado dos dados.</translation>
    </message>
    <message>
        <source>Cannot create the backup location %1. Check the path and the permissions of its parent folder.</source>
        <translation>Não é possível criar o local de backup %1. Verifique o caminho e as permissões da pasta pai.</translation>
    </message>
    <message>
        <source>The run did not finish (interrupted, cancelled or failed). It is not a backup set and is never used for a restore; delete it when you no longer need it.</source>
        <translation>A execução não terminou (interrompida, cancelada ou com falha). Não é um conjunto de backup e nunca é usada em uma restauração; exclua-a quando não precisar mais dela.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for this run. Check that the location is writable.</source>
        <translation>Não é possível criar a pasta %1 para esta execução. Verifique se o local é gravável.</translation>
    </message>
    <message>
        <source>Too many runs started in the same second in %1.</source>
        <translation>Muitas execuções foram iniciadas no mesmo segundo em %1.</translation>
    </message>
    <message>
        <source>%1 is not an incomplete run folder.</source>
        <translation>%1 não é uma pasta de execução incompleta.</translation>
    </message>
    <message>
        <source>%1 already exists; a complete set is never replaced.</source>
        <translation>%1 já existe; um conjunto completo nunca é substituído.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2. Check that the location supports renaming folders.</source>
        <translation>Não é possível renomear %1 para %2. Verifique se o local permite renomear pastas.</translation>
    </message>
    <message>
        <source>The set %1 is complete, but LATEST could not be updated: %2</source>
        <translation>O conjunto %1 está completo, mas não foi possível atualizar o LATEST: %2</translation>
    </message>
    <message>
        <source>The free space of %1 cannot be determined; make sure about %2 are free.</source>
        <translation>Não é possível determinar o espaço livre de %1; verifique se há cerca de %2 livres.</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 livres.</translation>
    </message>
    <message>
        <source>Atomic rename</source>
        <translation>Renomeação atômica</translation>
    </message>
    <message>
        <source>Hard links</source>
        <translation>Links físicos</translation>
    </message>
    <message>
        <source>Cannot create a test folder in %1.</source>
        <translation>Não é possível criar uma pasta de teste em %1.</translation>
    </message>
    <message>
        <source>Sets can be committed by renaming their folder.</source>
        <translation>Os conjuntos podem ser concluídos com a renomeação da pasta.</translation>
    </message>
    <message>
        <source>Folders cannot be renamed here, so a set cannot be committed safely. Choose another location.</source>
        <translation>Não é possível renomear pastas aqui; portanto, um conjunto não pode ser concluído com segurança. Escolha outro local.</translation>
    </message>
    <message>
        <source>Supported.</source>
        <translation>Com suporte.</translation>
    </message>
    <message>
        <source>Not supported here; backups work, but later versions cannot share unchanged files between sets on this location.</source>
        <translation>Sem suporte aqui; os backups funcionam, mas versões futuras não poderão compartilhar arquivos inalterados entre conjuntos neste local.</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted copy. Remove it by hand.</source>
        <translation>Não é possível remover %1, deixado por uma cópia interrompida. Remova-o manualmente.</translation>
    </message>
    <message>
        <source>%1 is a Windows share name, which this computer cannot open by name. Mount the share first (for example: mount -t cifs //server/share /mnt/lyncbackup) and give the folder it is mounted on.</source>
        <translation>%1 é um nome de compartilhamento do Windows, que este computador não consegue abrir pelo nome. Monte o compartilhamento primeiro (por exemplo: mount -t cifs //servidor/compartilhamento /mnt/lyncbackup) e informe a pasta em que ele foi montado.</translation>
    </message>
    <message>
        <source>%1 is a relative path. Give the full path of the location (for example %2), so that every run finds the same folder.</source>
        <translation>%1 é um caminho relativo. Informe o caminho completo do local (por exemplo %2), para que toda execução encontre a mesma pasta.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 is a file, not a folder. Choose another path.</source>
        <translation>%1 não pode ser criado: %2 é um arquivo, não uma pasta. Escolha outro caminho.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no folder of that path exists (is the share mounted and online?). Check the path, or mount the share and try again.</source>
        <translation>%1 não está acessível: não existe nenhuma pasta nesse caminho (o compartilhamento está montado e online?). Verifique o caminho ou monte o compartilhamento e tente novamente.</translation>
    </message>
    <message>
        <source>Not checked: the location cannot be reached (see above).</source>
        <translation>Não verificado: o local não está acessível (veja acima).</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. Mount it read-write, or choose another location.</source>
        <translation>%1 está em um sistema de arquivos somente leitura. Monte-o para leitura e gravação, ou escolha outro local.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>%1 free; this backup needs about %2, plus %3 to spare.</source>
        <translation>%1 livres; este backup precisa de cerca de %2, mais %3 de folga.</translation>
    </message>
    <message>
        <source>Only %1 free, but this backup needs about %2, plus %3 to spare. Free some space (for example by removing old sets) or choose another location.</source>
        <translation>Apenas %1 livres, mas este backup precisa de cerca de %2, mais %3 de folga. Libere espaço (por exemplo, removendo conjuntos antigos) ou escolha outro local.</translation>
    </message>
    <message>
        <source>The set %1 is complete, but its rename could not be made durable (%2), so LATEST was not updated.</source>
        <translation>O conjunto %1 está completo, mas não foi possível sincronizar com o disco a renomeação da pasta dele (%2); por isso, o LATEST não foi atualizado.</translation>
    </message>
</context>
<context>
    <name>BackupLog</name>
    <message>
        <source>Lync Backup Wizard %1 on %2: backup of &quot;%3&quot; into %4</source>
        <translation>Assistente de Backup do Lync %1 em %2: backup de &quot;%3&quot; para %4</translation>
    </message>
    <message>
        <source>%1 items, about %2 files and %3</source>
        <translation>Itens: %1; cerca de %2 arquivos e %3</translation>
    </message>
    <message>
        <source>Sized as in %1 (walked once, while copied): %2</source>
        <translation>Tamanho tomado de %1 (percorrido uma só vez, durante a cópia): %2</translation>
    </message>
    <message>
        <source>%1 resolves to nothing (%2)</source>
        <translation>%1 não é resolvido para nenhum endereço (%2)</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 é resolvido para %2</translation>
    </message>
    <message>
        <source>Files unchanged since %1 are linked to it instead of copied</source>
        <translation>Os arquivos inalterados desde %1 são vinculados a ele em vez de copiados</translation>
    </message>
    <message>
        <source>The previous set %1 cannot be read: every file is copied</source>
        <translation>Não é possível ler o conjunto anterior %1: todos os arquivos são copiados</translation>
    </message>
    <message>
        <source>Full copy: every file is copied and hashed</source>
        <translation>Cópia completa: todos os arquivos são copiados e têm o hash calculado</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 files, %4, %5 errors, %6 skipped)</source>
        <translation>%1: %2 (arquivos: %3; %4; erros: %5; ignorados: %6)</translation>
    </message>
    <message>
        <source>The file list of %1 could not be read to its end (%2): the files after that point were copied</source>
        <translation>Não foi possível ler até o fim a lista de arquivos de %1 (%2): os arquivos a partir desse ponto foram copiados</translation>
    </message>
    <message>
        <source>Cancelled. %1 is left incomplete and will never be used for a restore.</source>
        <translation>Cancelado. %1 fica incompleto e nunca será usado em uma restauração.</translation>
    </message>
    <message>
        <source>Writing %1, %2 and %3</source>
        <translation>Gravando %1, %2 e %3</translation>
    </message>
    <message>
        <source>Closing the log; SHA256SUMS covers every file of the set, this log included</source>
        <translation>Fechando o log; o SHA256SUMS abrange todos os arquivos do conjunto, inclusive este log</translation>
    </message>
    <message>
        <source>Committed %1; LATEST points at it</source>
        <translation>Conjunto %1 concluído; o LATEST aponta para ele</translation>
    </message>
    <message>
        <source>Committed %1; LATEST still points at the previous set</source>
        <translation>Conjunto %1 concluído; o LATEST continua apontando para o conjunto anterior</translation>
    </message>
    <message>
        <source>Verification of %1 found %2 problems</source>
        <translation>A verificação de %1 encontrou problemas: %2</translation>
    </message>
    <message>
        <source>Copied to %1: %2 files, %3 (%4 linked to %5)</source>
        <translation>Copiado para %1: %2 arquivos, %3 (%4 vinculados a %5)</translation>
    </message>
    <message>
        <source>The copy to %1 was cancelled</source>
        <translation>A cópia para %1 foi cancelada</translation>
    </message>
    <message>
        <source>The copy to %1 failed: %2</source>
        <translation>A cópia para %1 falhou: %2</translation>
    </message>
    <message>
        <source>Old sets were not removed from %1: %2</source>
        <translation>Os conjuntos antigos não foram removidos de %1: %2</translation>
    </message>
    <message>
        <source>Retention (%1) in %2: removed %3 sets and %4 unfinished runs, %5 freed</source>
        <translation>Retenção (%1) em %2: conjuntos removidos: %3; execuções não concluídas removidas: %4; espaço liberado: %5</translation>
    </message>
    <message>
        <source>%1: running %2</source>
        <translation>%1: executando %2</translation>
    </message>
    <message>
        <source>%1: cannot link unchanged files to the previous set (%2); they are copied instead</source>
        <translation>%1: não é possível vincular os arquivos inalterados ao conjunto anterior (%2); eles são copiados</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 ignorado</translation>
    </message>
    <message>
        <source>%1: %2 unchanged files (%3) linked to %4</source>
        <translation>%1: %2 arquivos inalterados (%3) vinculados a %4</translation>
    </message>
    <message>
        <source>%1: copied, integrity check passed</source>
        <translation>%1: copiado; verificação de integridade aprovada</translation>
    </message>
    <message>
        <source>Stopped after the commit: %1 is complete, but it was not verified</source>
        <translation>Interrompido após a conclusão do conjunto: %1 está completo, mas não foi verificado</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>BackupPlan</name>
    <message>
        <source>The plan names no backup location.</source>
        <translation>O plano não indica nenhum local de backup.</translation>
    </message>
    <message>
        <source>The plan has nothing to back up: add at least one file store or database.</source>
        <translation>O plano não tem nada para backup: adicione pelo menos um repositório de arquivos ou banco de dados.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has the unknown kind &quot;%2&quot;.</source>
        <translation>O item &quot;%1&quot; tem o tipo desconhecido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid item name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64, starting with a letter or digit).</source>
        <translation>&quot;%1&quot; não é um nome de item válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos; (no máximo 64, começando com letra ou dígito).</translation>
    </message>
    <message>
        <source>The item name &quot;%1&quot; is used more than once.</source>
        <translation>O nome de item &quot;%1&quot; é usado mais de uma vez.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has no source path.</source>
        <translation>O item &quot;%1&quot; não tem caminho de origem.</translation>
    </message>
    <message>
        <source>This is not a Lync Backup Wizard plan file.</source>
        <translation>Este não é um arquivo de plano do Assistente de Backup do Lync.</translation>
    </message>
    <message>
        <source>The plan has format version %1; this program reads version %2. Use a newer version of Lync Backup Wizard.</source>
        <translation>O plano tem a versão de formato %1; este programa lê a versão %2. Use uma versão mais recente do Assistente de Backup do Lync.</translation>
    </message>
    <message>
        <source>Cannot open the plan %1: %2.</source>
        <translation>Não é possível abrir o plano %1: %2.</translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON (at byte %2: %3).</source>
        <translation>O plano %1 não é um JSON válido (no byte %2: %3).</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; holds a password in the plan (&quot;%2&quot;). Plans never hold passwords: name an environment variable with &quot;passwordEnv&quot; instead.</source>
        <translation>O item &quot;%1&quot; contém uma senha no plano (&quot;%2&quot;). Planos nunca contêm senhas: indique uma variável de ambiente com &quot;passwordEnv&quot;.</translation>
    </message>
    <message>
        <source>warnAfterHours must be more than 0 and criticalAfterHours at least as much (they are %1 and %2).</source>
        <translation>warnAfterHours deve ser maior que 0 e criticalAfterHours pelo menos igual (são %1 e %2).</translation>
    </message>
    <message>
        <source>The secondary location is the backup location itself; name another disk or share for the second copy.</source>
        <translation>O local secundário é o próprio local de backup; indique outro disco ou compartilhamento para a segunda cópia.</translation>
    </message>
    <message>
        <source>The plan %1 is %2; plan files larger than %3 are refused. Give the plan file written by the wizard or by lync-backup plan.</source>
        <translation>O plano %1 tem %2; arquivos de plano maiores que %3 são recusados. Informe o arquivo de plano gravado pelo assistente ou pelo lync-backup plan.</translation>
    </message>
    <message>
        <source>Cannot open the plan %1: it does not exist.</source>
        <translation>Não é possível abrir o plano %1: ele não existe.</translation>
    </message>
    <message>
        <source>The plan %1 is not a regular file (it is a folder, a pipe or a device). Give the path of a plan file.</source>
        <translation>O plano %1 não é um arquivo comum (é uma pasta, um pipe ou um dispositivo). Informe o caminho de um arquivo de plano.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>not backed up</source>
        <translation>sem backup</translation>
    </message>
    <message>
        <source>cmdlet export</source>
        <translation>exportação por cmdlet</translation>
    </message>
    <message>
        <source>SQL Server backup</source>
        <translation>backup do SQL Server</translation>
    </message>
    <message>
        <source>file copy</source>
        <translation>cópia de arquivos</translation>
    </message>
    <message>
        <source>rebuilt by setup</source>
        <translation>recriado pela instalação</translation>
    </message>
    <message>
        <source>The topology names no active Central Management store (it was never published); run the export on any server of the deployment.</source>
        <translation>A topologia não indica um Repositório de Gerenciamento Central ativo (ela nunca foi publicada); execute a exportação em qualquer servidor da implantação.</translation>
    </message>
    <message>
        <source>Central Management store: topology, policies and settings (xds)</source>
        <translation>Repositório de Gerenciamento Central: topologia, políticas e configurações (xds)</translation>
    </message>
    <message>
        <source>E9-1-1 location information (lis)</source>
        <translation>Serviço de Informações de Local do E9-1-1 (lis)</translation>
    </message>
    <message>
        <source>User data of %1: contacts, permissions, meetings (rtcxds)</source>
        <translation>Dados de usuário de %1: contatos, permissões, reuniões (rtcxds)</translation>
    </message>
    <message>
        <source>Local storage of each Front End; rebuilt by setup.</source>
        <translation>Armazenamento local de cada Servidor Front-End; recriado pela instalação.</translation>
    </message>
    <message>
        <source>Read-only replica of the Central Management store on every server; rebuilt by setup.</source>
        <translation>Réplica somente leitura do Repositório de Gerenciamento Central em cada servidor; recriada pela instalação.</translation>
    </message>
    <message>
        <source>Response Group configuration of %1 (rgsconfig)</source>
        <translation>Configuração do Grupo de Resposta de %1 (rgsconfig)</translation>
    </message>
    <message>
        <source>Archiving (LcsLog)</source>
        <translation>Arquivamento (LcsLog)</translation>
    </message>
    <message>
        <source>Back up as your retention policy requires.</source>
        <translation>Faça backup conforme exigir sua política de retenção.</translation>
    </message>
    <message>
        <source>Monitoring: call detail records (LcsCDR)</source>
        <translation>Monitoramento: registros de detalhes das chamadas (LcsCDR)</translation>
    </message>
    <message>
        <source>Monitoring: quality of experience (QoEMetrics)</source>
        <translation>Monitoramento: qualidade da experiência (QoEMetrics)</translation>
    </message>
    <message>
        <source>Persistent Chat (mgc)</source>
        <translation>Chat Persistente (mgc)</translation>
    </message>
    <message>
        <source>Export-CsPersistentChatData is an alternative.</source>
        <translation>Export-CsPersistentChatData é uma alternativa.</translation>
    </message>
    <message>
        <source>File store %1</source>
        <translation>Repositório de arquivos %1</translation>
    </message>
    <message>
        <source>Copied to the set; Meeting.Active files are skipped.</source>
        <translation>Copiado para o conjunto; os arquivos Meeting.Active são ignorados.</translation>
    </message>
    <message>
        <source>Transient data; rebuilt by setup.</source>
        <translation>Dados transitórios; recriados pela instalação.</translation>
    </message>
    <message>
        <source>Transient compliance data; rebuilt by setup.</source>
        <translation>Dados de conformidade transitórios; recriados pela instalação.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>Cannot read the certificate %1: %2.</source>
        <translation>Não é possível ler o certificado %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS #12 file this password opens (set LBW_CERTIFICATE_PASSWORD to its password).</source>
        <translation>%1 não é um arquivo PKCS #12 que possa ser aberto com esta senha (defina LBW_CERTIFICATE_PASSWORD com a senha do arquivo).</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM, DER, or a .pfx with its key).</source>
        <translation>%1 não contém nenhum certificado (PEM, DER ou um .pfx com sua chave).</translation>
    </message>
    <message>
        <source>The certificate in %1 is for %2, not for %3. Request one that names %3.</source>
        <translation>O certificado em %1 é para %2, não para %3. Solicite um certificado que indique %3.</translation>
    </message>
    <message>
        <source>The certificate in %1 is valid from %2 to %3, not now. Request a new one.</source>
        <translation>O certificado em %1 é válido de %2 a %3, não agora. Solicite um novo.</translation>
    </message>
    <message>
        <source>%1 holds the certificate without its private key; export it again with the private key.</source>
        <translation>%1 contém o certificado sem a chave privada; exporte-o novamente com a chave privada.</translation>
    </message>
    <message>
        <source>%1: %2, valid until %3%4</source>
        <translation>%1: %2, válido até %3%4</translation>
    </message>
    <message>
        <source>, with its private key</source>
        <translation>, com a chave privada</translation>
    </message>
</context>
<context>
    <name>CmdletSource</name>
    <message>
        <source>The check before exporting %1 failed (is the Lync module installed?): %2</source>
        <translation>A verificação antes de exportar %1 falhou (o módulo Lync está instalado?): %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup.</translation>
    </message>
    <message>
        <source>%1 already exists before the export.</source>
        <translation>%1 já existe antes da exportação.</translation>
    </message>
    <message>
        <source>The command succeeded but did not write %1. Its output: %2</source>
        <translation>O comando foi bem-sucedido, mas não gravou %1. Saída: %2</translation>
    </message>
    <message>
        <source>The command wrote an empty %1.</source>
        <translation>O comando gravou um %1 vazio.</translation>
    </message>
    <message>
        <source>Cmdlet exports are imported during recovery with %1 (the file is in the set under exports/); they are not copied anywhere.</source>
        <translation>As exportações de cmdlet são importadas durante a recuperação com %1 (o arquivo está no conjunto, em exports/); elas não são copiadas para nenhum lugar.</translation>
    </message>
    <message>
        <source>The command wrote %1, but it is not the ZIP file with at least one entry that the cmdlet writes (%2). Its output: %3</source>
        <translation>O comando gravou %1, mas não é o arquivo ZIP com pelo menos uma entrada que o cmdlet grava (%2). Saída do comando: %3</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>o arquivo ZIP está vazio</translation>
    </message>
    <message>
        <source>%1: the plan has no command for it.</source>
        <translation>%1: o plano não tem um comando para este item.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2 is not installed on this computer. Run the backup on a Lync server, or on a computer with the Lync Server Management Shell.</source>
        <translation>Não é possível exportar %1: %2 não está instalado neste computador. Execute o backup em um servidor Lync ou em um computador com o Shell de Gerenciamento do Lync Server.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver as opções.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Número de argumentos incorreto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=PATH.</source>
        <translation>&quot;%1&quot; não está no formato NAME=PATH.</translation>
    </message>
    <message>
        <source>Verify: cannot check %1: %2</source>
        <translation>Verificação: não é possível verificar %1: %2</translation>
    </message>
    <message>
        <source>Verify: cancelled.</source>
        <translation>Verificação: cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>Verify: OK, %Ln files (%1) match the manifest.</source>
        <translation>
            <numerusform>Verificação: OK, %Ln arquivo (%1) confere com o manifesto.</numerusform>
            <numerusform>Verificação: OK, %Ln arquivos (%1) conferem com o manifesto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify: %n problems found.</source>
        <translation>
            <numerusform>Verificação: %n problema encontrado.</numerusform>
            <numerusform>Verificação: %n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to create the sample deployment in.</source>
        <translation>Pasta em que a implantação de exemplo será criada.</translation>
    </message>
    <message>
        <source>Number of files in the sample file store.</source>
        <translation>Número de arquivos no repositório de arquivos de exemplo.</translation>
    </message>
    <message>
        <source>Creates a sample Lync deployment to try the product on.</source>
        <translation>Cria uma implantação do Lync de exemplo para experimentar o produto.</translation>
    </message>
    <message>
        <source>Sample deployment created. Back it up with:</source>
        <translation>Implantação de exemplo criada. Faça o backup dela com:</translation>
    </message>
    <message>
        <source>Plan file to run.</source>
        <translation>Arquivo de plano a executar.</translation>
    </message>
    <message>
        <source>Backup location (overrides the plan&apos;s).</source>
        <translation>Local de backup (substitui o do plano).</translation>
    </message>
    <message>
        <source>A file store to back up.</source>
        <translation>Um repositório de arquivos para backup.</translation>
    </message>
    <message>
        <source>An SQLite database to back up.</source>
        <translation>Um banco de dados SQLite para backup.</translation>
    </message>
    <message>
        <source>Do not verify the set after the backup.</source>
        <translation>Não verificar o conjunto após o backup.</translation>
    </message>
    <message>
        <source>Runs a backup into a new set folder.</source>
        <translation>Executa um backup em uma nova pasta de conjunto.</translation>
    </message>
    <message>
        <source>Ad hoc backup</source>
        <translation>Backup avulso</translation>
    </message>
    <message>
        <source>Cancelled. %1 is left incomplete and will never be used for a restore.</source>
        <translation>Cancelado. %1 ficou incompleto e nunca será usado em uma restauração.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>O backup falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files, %1</source>
        <translation>
            <numerusform>%Ln arquivo, %1</numerusform>
            <numerusform>%Ln arquivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>    error: %1%2</source>
        <translation>    erro: %1%2</translation>
    </message>
    <message>
        <source>    skipped: %1</source>
        <translation>    ignorado: %1</translation>
    </message>
    <message>
        <source>LATEST was not moved to this set because an item failed; the previous set stays $backup.</source>
        <translation>O LATEST não foi movido para este conjunto porque um item falhou; o conjunto anterior continua sendo o $backup.</translation>
    </message>
    <message>
        <source>The set folder to check.</source>
        <translation>A pasta do conjunto a verificar.</translation>
    </message>
    <message>
        <source>Re-hashes a set and compares it with its manifest.</source>
        <translation>Recalcula os hashes de um conjunto e o compara com seu manifesto.</translation>
    </message>
    <message>
        <source>The backup location.</source>
        <translation>O local de backup.</translation>
    </message>
    <message>
        <source>Lists the sets in a backup location.</source>
        <translation>Lista os conjuntos de um local de backup.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>Complete sets in %1:</source>
        <translation>Conjuntos completos em %1:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (nenhum)</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>com erros</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>  * = LATEST ($backup)</source>
        <translation>  * = LATEST ($backup)</translation>
    </message>
    <message>
        <source> (advice)</source>
        <translation> (recomendação)</translation>
    </message>
    <message>
        <source>The set to restore.</source>
        <translation>O conjunto a restaurar.</translation>
    </message>
    <message>
        <source>Checks that this computer may receive a restore of SET.</source>
        <translation>Verifica se este computador pode receber uma restauração de SET.</translation>
    </message>
    <message>
        <source>A required check failed: fix it before restoring.</source>
        <translation>Uma verificação obrigatória falhou: corrija-a antes de restaurar.</translation>
    </message>
    <message>
        <source>This computer may receive the restore.</source>
        <translation>Este computador pode receber a restauração.</translation>
    </message>
    <message>
        <source>The set to restore from.</source>
        <translation>O conjunto de onde restaurar.</translation>
    </message>
    <message>
        <source>Restore only this item (repeatable).</source>
        <translation>Restaurar somente este item (pode ser repetido).</translation>
    </message>
    <message>
        <source>Restore an item to PATH instead of where it was backed up from.</source>
        <translation>Restaurar um item em PATH, e não no local de onde foi feito o backup.</translation>
    </message>
    <message>
        <source>Restores items of a set onto new or clean targets, then verifies them.</source>
        <translation>Restaura itens de um conjunto em destinos novos ou limpos e depois os verifica.</translation>
    </message>
    <message>
        <source>Nothing was restored: a required check failed.</source>
        <translation>Nada foi restaurado: uma verificação obrigatória falhou.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>Topology XML or .tbxml file.</source>
        <translation>Arquivo XML ou .tbxml da topologia.</translation>
    </message>
    <message>
        <source>Print JSON, for other programs.</source>
        <translation>Gerar a saída em JSON, para outros programas.</translation>
    </message>
    <message>
        <source>Lists what to back up for a Lync topology.</source>
        <translation>Lista o que incluir no backup de uma topologia do Lync.</translation>
    </message>
    <message>
        <source>Topology: %1; %2 sites, %3 pools and servers, %4 SQL instances.</source>
        <translation>Topologia: %1; %2 sites, %3 pools e servidores, %4 instâncias do SQL Server.</translation>
    </message>
    <message>
        <source>Not known to this version (shown, not backed up): %1</source>
        <translation>Desconhecido nesta versão (mostrado, sem backup): %1</translation>
    </message>
    <message>
        <source>Plan file to write (default: lync-backup-plan.json).</source>
        <translation>Arquivo de plano a gravar (padrão: lync-backup-plan.json).</translation>
    </message>
    <message>
        <source>Writes a plan file from a topology; edit it to override connections.</source>
        <translation>Grava um arquivo de plano a partir de uma topologia; edite-o para alterar conexões.</translation>
    </message>
    <message>
        <source>Give both --from-topology and --location.</source>
        <translation>Informe --from-topology e --location.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another --output or move it away.</source>
        <translation>%1 já existe; escolha outro --output ou mova-o.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a plan with %n items.</source>
        <translation>
            <numerusform>Plano gravado com %n item.</numerusform>
            <numerusform>Plano gravado com %n itens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete runs (interrupted, cancelled or failed; never used for a restore; delete them when you no longer need them):</source>
        <translation>Execuções incompletas (interrompidas, canceladas ou com falha; nunca usadas em uma restauração; exclua-as quando não precisar mais delas):</translation>
    </message>
    <message>
        <source>Keep this topology (Get-CsTopology -AsXml or .tbxml) in the set (overrides the plan&apos;s).</source>
        <translation>Incluir esta topologia (Get-CsTopology -AsXml ou .tbxml) no conjunto (substitui a do plano).</translation>
    </message>
    <message>
        <source>The machine of the set&apos;s topology this computer replaces.</source>
        <translation>A máquina da topologia do conjunto que este computador substitui.</translation>
    </message>
    <message>
        <source>Topology XML or .tbxml file, or a backup set that keeps one.</source>
        <translation>Arquivo XML ou .tbxml da topologia, ou um conjunto de backup que inclua uma topologia.</translation>
    </message>
    <message>
        <source>keeps its topology</source>
        <translation>inclui a topologia</translation>
    </message>
    <message>
        <source>Copy and hash every file, even those unchanged since the previous set (which are otherwise linked to it).</source>
        <translation>Copiar e calcular o hash de todos os arquivos, mesmo os que não mudaram desde o conjunto anterior (que, de outra forma, são vinculados a ele).</translation>
    </message>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 novos)</translation>
    </message>
    <message>
        <source>  Together: %1 (files unchanged between sets are stored once)</source>
        <translation>  No total: %1 (arquivos que não mudaram entre os conjuntos são armazenados uma só vez)</translation>
    </message>
    <message>
        <source>one of the last</source>
        <translation>um dos últimos</translation>
    </message>
    <message>
        <source>newest of its day</source>
        <translation>o mais recente do dia</translation>
    </message>
    <message>
        <source>newest of its week</source>
        <translation>o mais recente da semana</translation>
    </message>
    <message>
        <source>newest of its month</source>
        <translation>o mais recente do mês</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LATEST</translation>
    </message>
    <message>
        <source>newest set without errors</source>
        <translation>conjunto mais recente sem erros</translation>
    </message>
    <message>
        <source>Keep the newest N sets.</source>
        <translation>Manter os N conjuntos mais recentes.</translation>
    </message>
    <message>
        <source>Keep the newest set of each of the last N days that have one.</source>
        <translation>Manter o conjunto mais recente de cada um dos últimos N dias que tenham algum.</translation>
    </message>
    <message>
        <source>Keep the newest set of each of the last N weeks that have one.</source>
        <translation>Manter o conjunto mais recente de cada uma das últimas N semanas que tenham algum.</translation>
    </message>
    <message>
        <source>Keep the newest set of each of the last N months that have one.</source>
        <translation>Manter o conjunto mais recente de cada um dos últimos N meses que tenham algum.</translation>
    </message>
    <message>
        <source>Say what would go; remove nothing.</source>
        <translation>Mostrar o que seria removido, sem remover nada.</translation>
    </message>
    <message>
        <source>Removes the sets of LOCATION that the --keep rules do not keep (as restic forget does). LATEST and the newest set without errors are always kept.</source>
        <translation>Remove os conjuntos de LOCATION que as regras --keep não mantêm (como faz o restic forget). O LATEST e o conjunto mais recente sem erros são sempre mantidos.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 1 or more.</source>
        <translation>--%1 precisa de um número inteiro igual ou maior que 1.</translation>
    </message>
    <message>
        <source>Name at least one rule: --keep-last, --keep-daily, --keep-weekly or --keep-monthly.</source>
        <translation>Indique pelo menos uma regra: --keep-last, --keep-daily, --keep-weekly ou --keep-monthly.</translation>
    </message>
    <message>
        <source>Keeping (%1):</source>
        <translation>Mantendo (%1):</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>manter</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>seria removido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>would remove (unfinished run)</source>
        <translation>seria removida (execução não concluída)</translation>
    </message>
    <message>
        <source>removed (unfinished run)</source>
        <translation>removida (execução não concluída)</translation>
    </message>
    <message>
        <source>%1 freed (files a kept set still links stay).</source>
        <translation>%1 liberados (os arquivos ainda vinculados a um conjunto mantido permanecem).</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>not drilled</source>
        <translation>não testado</translation>
    </message>
    <message>
        <source>A backup location (its newest complete set is drilled) or a set.</source>
        <translation>Um local de backup (o conjunto completo mais recente é testado) ou um conjunto.</translation>
    </message>
    <message>
        <source>Where to restore (default: the system&apos;s temporary folder).</source>
        <translation>Onde restaurar (padrão: a pasta temporária do sistema).</translation>
    </message>
    <message>
        <source>Restore drill: verifies the set, restores its file stores and SQLite databases into a scratch folder, checks every file and table there, removes the scratch folder and records the result in the location.</source>
        <translation>Teste de restauração: verifica o conjunto, restaura seus repositórios de arquivos e bancos de dados SQLite em uma pasta temporária, confere nela cada arquivo e tabela, remove a pasta temporária e registra o resultado no local.</translation>
    </message>
    <message>
        <source>%1 is neither a set nor a backup location with a complete set.</source>
        <translation>%1 não é um conjunto nem um local de backup com um conjunto completo.</translation>
    </message>
    <message>
        <source>Restore drill of %1:</source>
        <translation>Teste de restauração de %1:</translation>
    </message>
    <message>
        <source>Drill: cancelled; nothing is proved.</source>
        <translation>Teste: cancelado; nada foi comprovado.</translation>
    </message>
    <message>
        <source>Drill: FAILED. This set would not restore as it is; see above, and make sure a good set exists (run a backup now).</source>
        <translation>Teste: FALHOU. Este conjunto não seria restaurado como está; veja acima e certifique-se de que exista um conjunto válido (execute um backup agora).</translation>
    </message>
    <message>
        <source>Drill: passed.</source>
        <translation>Teste: aprovado.</translation>
    </message>
    <message>
        <source>Usage:
  lync-backup schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill]
                               [--print [--format systemd|task-scheduler]] [--run-as ACCOUNT]
  lync-backup schedule show --plan FILE | LOCATION
  lync-backup schedule remove --plan FILE | LOCATION

install: runs the plan&apos;s backup every day (or on the --weekdays) at HH:MM, local
time, with a systemd timer on Linux or a Task Scheduler task on Windows; a run
missed while the machine was off starts as soon as it is back. --drill adds a
weekly restore drill. --print writes the units or the task XML to standard
output and installs nothing.</source>
        <translation>Uso:
  lync-backup schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill]
                               [--print [--format systemd|task-scheduler]] [--run-as ACCOUNT]
  lync-backup schedule show --plan FILE | LOCATION
  lync-backup schedule remove --plan FILE | LOCATION

install: executa o backup do plano todos os dias (ou nos --weekdays) às HH:MM,
hora local, com um timer do systemd no Linux ou uma tarefa do Agendador de
Tarefas no Windows; uma execução perdida com a máquina desligada começa assim
que ela é ligada novamente. --drill acrescenta um teste de restauração
semanal. --print grava as unidades do systemd ou o XML da tarefa na saída
padrão e não instala nada.</translation>
    </message>
    <message>
        <source>Give the plan (--plan FILE) or its backup location.</source>
        <translation>Indique o plano (--plan FILE) ou o local de backup dele.</translation>
    </message>
    <message>
        <source>Plan:      %1 (%2)</source>
        <translation>Plano:            %1 (%2)</translation>
    </message>
    <message>
        <source>Location:  %1</source>
        <translation>Local:            %1</translation>
    </message>
    <message>
        <source>Runs:      %1</source>
        <translation>Execuções:        %1</translation>
    </message>
    <message>
        <source>Next run:  %1</source>
        <translation>Próxima execução: %1</translation>
    </message>
    <message>
        <source>Drill:     weekly, next %1</source>
        <translation>Teste:            semanal, próximo em %1</translation>
    </message>
    <message>
        <source>schedule install needs --plan FILE and --daily HH:MM.</source>
        <translation>schedule install precisa de --plan FILE e --daily HH:MM.</translation>
    </message>
    <message>
        <source>--daily needs a time of day as HH:MM (24 hours), e.g. 02:30.</source>
        <translation>--daily precisa de um horário no formato HH:MM (24 horas), por exemplo 02:30.</translation>
    </message>
    <message>
        <source>--format is systemd or task-scheduler.</source>
        <translation>--format é systemd ou task-scheduler.</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Agendado:</translation>
    </message>
    <message>
        <source>The plan file to run.</source>
        <translation>O arquivo de plano a executar.</translation>
    </message>
    <message>
        <source>Local time of the run, HH:MM.</source>
        <translation>Hora local da execução, HH:MM.</translation>
    </message>
    <message>
        <source>Only on these days: mon,tue,wed,thu,fri,sat,sun.</source>
        <translation>Somente nestes dias: mon,tue,wed,thu,fri,sat,sun.</translation>
    </message>
    <message>
        <source>Also run a restore drill weekly.</source>
        <translation>Executar também um teste de restauração semanal.</translation>
    </message>
    <message>
        <source>Print the definitions; install nothing.</source>
        <translation>Mostrar as definições, sem instalar nada.</translation>
    </message>
    <message>
        <source>With --print: systemd or task-scheduler.</source>
        <translation>Com --print: systemd ou task-scheduler.</translation>
    </message>
    <message>
        <source>Windows: the account the task runs as (schtasks asks its password).</source>
        <translation>Windows: a conta com a qual a tarefa é executada (o schtasks solicita a senha dela).</translation>
    </message>
    <message>
        <source>Unknown schedule action &quot;%1&quot;: use install, show or remove.</source>
        <translation>Ação de agendamento desconhecida &quot;%1&quot;: use install, show ou remove.</translation>
    </message>
    <message>
        <source>Removed the schedule of %1:</source>
        <translation>Agendamento de %1 removido:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>bem-sucedida</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>em execução agora</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>--%1 needs a number of hours above 0.</source>
        <translation>--%1 precisa de um número de horas maior que 0.</translation>
    </message>
    <message>
        <source>Newest good set:  %1, finished %2 (%3 hours ago)</source>
        <translation>Último conjunto válido: %1, concluído em %2 (há %3 horas)</translation>
    </message>
    <message>
        <source>Newest good set:  none</source>
        <translation>Último conjunto válido: nenhum</translation>
    </message>
    <message>
        <source>Last run:         %1, %2</source>
        <translation>Última execução:        %1, %2</translation>
    </message>
    <message>
        <source>Sets:             %1, using %2</source>
        <translation>Conjuntos:              %1, ocupando %2</translation>
    </message>
    <message>
        <source>Free space:       %1</source>
        <translation>Espaço livre:           %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Next run:         %1</source>
        <translation>Próxima execução:       %1</translation>
    </message>
    <message>
        <source>not scheduled (lync-backup schedule install)</source>
        <translation>não agendada (lync-backup schedule install)</translation>
    </message>
    <message>
        <source>Last drill:       %1 (set %2, %3)</source>
        <translation>Último teste:           %1 (conjunto %2, %3)</translation>
    </message>
    <message>
        <source>Last drill:       none (lync-backup drill)</source>
        <translation>Último teste:           nenhum (lync-backup drill)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Gerar a saída em JSON.</translation>
    </message>
    <message>
        <source>Take the location and thresholds from this plan.</source>
        <translation>Usar o local e os limites deste plano.</translation>
    </message>
    <message>
        <source>Warn when the newest good set is older (hours; default 26).</source>
        <translation>Avisar quando o conjunto válido mais recente for mais antigo que isso (horas; padrão 26).</translation>
    </message>
    <message>
        <source>Critical when it is older (hours; default 50).</source>
        <translation>Indicar estado crítico quando ele for mais antigo que isso (horas; padrão 50).</translation>
    </message>
    <message>
        <source>Shows how a backup location is doing. Exit code: 0 OK, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Mostra a situação de um local de backup. Código de saída: 0 OK, 1 aviso, 2 crítico, 3 desconhecido.</translation>
    </message>
    <message>
        <source>Give the backup location, or --plan FILE.</source>
        <translation>Indique o local de backup, ou --plan FILE.</translation>
    </message>
    <message>
        <source>%1 cannot be reached or is not a folder: is the share mounted?</source>
        <translation>%1 não pode ser acessado ou não é uma pasta: o compartilhamento está montado?</translation>
    </message>
    <message>
        <source>%1 already holds this set; nothing was copied.</source>
        <translation>%1 já contém este conjunto; nada foi copiado.</translation>
    </message>
    <message>
        <source>Copy cancelled; the unfinished copy was removed.</source>
        <translation>Cópia cancelada; a cópia incompleta foi removida.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>A cópia falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied to %1: %Ln files, %2, verified there.</source>
        <translation>
            <numerusform>Copiado para %1: %Ln arquivo, %2, verificado no destino.</numerusform>
            <numerusform>Copiado para %1: %Ln arquivos, %2, verificados no destino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged files (%1) are shared with %2.</source>
        <translation>
            <numerusform>%n arquivo inalterado (%1) é compartilhado com %2.</numerusform>
            <numerusform>%n arquivos inalterados (%1) são compartilhados com %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files were copied instead of linked: %1</source>
        <translation>Os arquivos foram copiados em vez de vinculados: %1</translation>
    </message>
    <message>
        <source>LATEST of that location was not moved: it names a newer set, or an item of this set failed.</source>
        <translation>O LATEST daquele local não foi movido: ele aponta para um conjunto mais recente, ou um item deste conjunto falhou.</translation>
    </message>
    <message>
        <source>A complete set, or a backup location (its newest set is copied).</source>
        <translation>Um conjunto completo, ou um local de backup (o conjunto mais recente dele é copiado).</translation>
    </message>
    <message>
        <source>The location to copy the set to.</source>
        <translation>O local para onde copiar o conjunto.</translation>
    </message>
    <message>
        <source>Copies a complete set to a second location (another disk or site): every file is checked against the set&apos;s list as it is read, files the location&apos;s newest set already has are shared with it, and the copy is verified there before it is committed.</source>
        <translation>Copia um conjunto completo para um segundo local (outro disco ou site): cada arquivo é conferido com a lista do conjunto durante a leitura, os arquivos que o conjunto mais recente do destino já tem são compartilhados com ele, e a cópia é verificada no destino antes de ser concluída.</translation>
    </message>
    <message>
        <source>Name the location to copy to with --to LOCATION.</source>
        <translation>Indique o local de destino da cópia com --to LOCATION.</translation>
    </message>
    <message>
        <source>The log %1 cannot be written (%2); the run goes on.</source>
        <translation>O log %1 não pode ser gravado (%2); a execução continua.</translation>
    </message>
    <message>
        <source>Check:     every hour (status --notify)</source>
        <translation>Verificação:      a cada hora (status --notify)</translation>
    </message>
    <message>
        <source>With --plan: when the location is not OK, tell the plan&apos;s people (mail, onFailure), once until it changes.</source>
        <translation>Com --plan: quando o local não estiver OK, avisar as pessoas indicadas no plano (e-mail, onFailure), uma única vez até que a situação mude.</translation>
    </message>
    <message>
        <source>--notify needs --plan FILE: the plan says whom to tell.</source>
        <translation>--notify exige --plan FILE: o plano indica quem deve ser avisado.</translation>
    </message>
    <message>
        <source>Usage: lync-backup &lt;command&gt; [options]

Backs up the data of a Lync Server 2013 deployment into a new, verifiable set
folder per run. Run &quot;lync-backup &lt;command&gt; --help&quot; for a command&apos;s options.

Commands:
  demo DIR                      Create the sample deployment (SQLite databases,
                                a file store and a plan) in DIR.
  backup --plan FILE [--topology FILE]
                                Run the backup a plan file describes.
  backup --location PATH [--filestore NAME=DIR]... [--sqlite NAME=FILE]... [--topology FILE]
                                Run an ad hoc backup without a plan.
  verify SET                    Check a set against its manifest.
  list LOCATION                 List the sets in a backup location.
  prune LOCATION --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N]
        [--dry-run]             Remove the sets these rules do not keep (as
                                restic forget); never LATEST.
  schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill] [--print]
                                Run the plan by a systemd timer (Linux) or a Task
                                Scheduler task (Windows). Also: schedule show,
                                schedule remove.
  status LOCATION [--json] [--plan FILE] [--warn-after H] [--critical-after H]
                                Newest good set and its age, last run, space,
                                next run, last drill. Exit: 0 OK, 1 warning,
                                2 critical, 3 unknown.
  drill LOCATION|SET [--scratch DIR]
                                Restore drill: restore the newest set into a
                                scratch folder, check it, remove it, record it.
  copy SET|LOCATION --to LOCATION2
                                Copy a complete set to a second location, verified
                                there, sharing unchanged files with its newest set.
  catalog TOPOLOGY|SET [--json] List what to back up for a topology (XML from
                                Get-CsTopology -AsXml, or a .tbxml), or for the
                                topology a backup set keeps.
  plan --from-topology TOPOLOGY --location PATH [--output FILE]
                                Write a plan file from a topology.
  check SET [--server FQDN] [--json]
                                Check that this computer may receive SET (FQDN,
                                domain, DNS, paths), compared with the machine of
                                the set&apos;s topology that --server names.
  restore SET [--server FQDN] [--item NAME]... [--target NAME=PATH]... [--yes]
        [--connection NAME=SERVER]... [--password-env NAME=VARIABLE]... [--plan FILE]
                                Restore items onto new or clean targets.
  recovery SET --server FQDN [--json | --status | --run STEP | --mark STEP=done|skipped]
                                The recovery of one server of the set&apos;s topology,
                                step by step, with a journal that survives reboots.
  runbook SET [--server FQDN] [--output FILE]
                                Write the set&apos;s recovery runbook (HTML) again.

Options: --help, --version

Every run is logged in %1 (LBW_LOG_DIR sets another folder).

Exit codes:
  0  success
  1  failure: nothing was committed (see the message)
  2  usage error: wrong command line or plan file
  3  completed with errors: a set was committed and can be restored, but
     something needs attention (said above the set path): items or files
     that could not be backed up, LATEST that could not be moved to the set,
     a stop after the commit (the set not verified), a failed second copy
  4  verify failed: a set does not match its manifest
  5  interrupted before the commit: cancelled by Ctrl+C or SIGTERM; only a
     .partial folder remains
</source>
        <translation>Uso: lync-backup &lt;command&gt; [options]

Faz o backup dos dados de uma implantação do Lync Server 2013 em uma nova pasta
de conjunto verificável a cada execução. Execute &quot;lync-backup &lt;command&gt; --help&quot;
para ver as opções de um comando.

Comandos:
  demo DIR                      Cria a implantação de exemplo (bancos de dados
                                SQLite, um repositório de arquivos e um plano)
                                em DIR.
  backup --plan FILE [--topology FILE]
                                Executa o backup descrito em um arquivo de
                                plano.
  backup --location PATH [--filestore NAME=DIR]... [--sqlite NAME=FILE]... [--topology FILE]
                                Executa um backup avulso, sem plano.
  verify SET                    Confere um conjunto com o manifesto dele.
  list LOCATION                 Lista os conjuntos de um local de backup.
  prune LOCATION --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N]
        [--dry-run]             Remove os conjuntos que essas regras não mantêm
                                (como o restic forget); nunca o LATEST.
  schedule install --plan FILE --daily HH:MM [--weekdays mon,wed,...] [--drill] [--print]
                                Executa o plano por um timer do systemd (Linux)
                                ou por uma tarefa do Agendador de Tarefas
                                (Windows). Também: schedule show, schedule
                                remove.
  status LOCATION [--json] [--plan FILE] [--warn-after H] [--critical-after H]
                                Mostra o conjunto válido mais recente e a idade
                                dele, a última execução, o espaço, a próxima
                                execução e o último teste. Código de saída:
                                0 OK, 1 aviso, 2 crítico, 3 desconhecido.
  drill LOCATION|SET [--scratch DIR]
                                Teste de restauração: restaura o conjunto mais
                                recente em uma pasta temporária, confere-o,
                                remove-o e registra o resultado.
  copy SET|LOCATION --to LOCATION2
                                Copia um conjunto completo para um segundo
                                local, onde ele é verificado, compartilhando os
                                arquivos inalterados com o conjunto mais recente
                                desse local.
  catalog TOPOLOGY|SET [--json] Lista o que incluir no backup de uma topologia
                                (XML do Get-CsTopology -AsXml, ou um .tbxml) ou
                                da topologia incluída em um conjunto de backup.
  plan --from-topology TOPOLOGY --location PATH [--output FILE]
                                Grava um arquivo de plano a partir de uma
                                topologia.
  check SET [--server FQDN] [--json]
                                Verifica se este computador pode receber SET
                                (FQDN, domínio, DNS, caminhos), em comparação
                                com a máquina da topologia do conjunto indicada
                                por --server.
  restore SET [--server FQDN] [--item NAME]... [--target NAME=PATH]... [--yes]
        [--connection NAME=SERVER]... [--password-env NAME=VARIABLE]... [--plan FILE]
                                Restaura itens em destinos novos ou limpos.
  recovery SET --server FQDN [--json | --status | --run STEP | --mark STEP=done|skipped]
                                Conduz, etapa por etapa, a recuperação de um
                                servidor da topologia do conjunto, com um diário
                                que persiste após reinicializações.
  runbook SET [--server FQDN] [--output FILE]
                                Grava novamente o roteiro de recuperação (HTML)
                                do conjunto.

Opções: --help, --version

Cada execução é registrada em log em %1 (LBW_LOG_DIR define outra pasta).

Códigos de saída:
  0  êxito
  1  falha: nenhum conjunto foi concluído (veja a mensagem)
  2  erro de uso: linha de comando ou arquivo de plano incorreto
  3  concluído com erros: um conjunto foi concluído e pode ser restaurado, mas
     algo requer atenção (indicado acima do caminho do conjunto): itens ou
     arquivos que não puderam ser incluídos no backup, o LATEST que não pôde
     ser movido para o conjunto, uma interrupção após a conclusão (conjunto não
     verificado), uma falha na segunda cópia
  4  falha na verificação: um conjunto não confere com o manifesto
  5  interrompido antes da conclusão: cancelado por Ctrl+C ou SIGTERM; resta
     apenas uma pasta .partial
</translation>
    </message>
    <message>
        <source>The set is complete and can be restored. Commands given the location use the newest complete set, which is this one. Fix the cause above; the next backup writes LATEST again.</source>
        <translation>O conjunto está completo e pode ser restaurado. Os comandos que recebem o local usam o conjunto completo mais recente, que é este. Corrija a causa indicada acima; o próximo backup grava o LATEST novamente.</translation>
    </message>
    <message>
        <source>The set is complete and can be restored, but LATEST still names %1, which commands given the location use. Give this set&apos;s path to restore, drill or copy it. Fix the cause above; the next backup moves LATEST.</source>
        <translation>O conjunto está completo e pode ser restaurado, mas o LATEST ainda indica %1, que é o conjunto usado pelos comandos que recebem o local. Para restaurar, testar ou copiar este conjunto, informe o caminho dele. Corrija a causa indicada acima; o próximo backup move o LATEST.</translation>
    </message>
    <message>
        <source>The run was stopped after the set was committed: the set is complete, but it was not verified. Verify it with: lync-backup verify &quot;%1&quot;</source>
        <translation>A execução foi interrompida depois que o conjunto foi concluído: o conjunto está completo, mas não foi verificado. Verifique-o com: lync-backup verify &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The run was stopped after the set was committed: the set is complete; what was not done is said above.</source>
        <translation>A execução foi interrompida depois que o conjunto foi concluído: o conjunto está completo; o que não foi feito está indicado acima.</translation>
    </message>
    <message>
        <source>The database server to restore a PostgreSQL item ([USER@]HOST[:PORT]) or an SQL Server item ([USER@]SERVER[\INSTANCE]) to. The server the set names is never used.</source>
        <translation>O servidor de banco de dados no qual restaurar um item do PostgreSQL ([USER@]HOST[:PORT]) ou um item do SQL Server ([USER@]SERVER[\INSTANCE]). O servidor indicado no conjunto nunca é usado.</translation>
    </message>
    <message>
        <source>The environment variable that holds the password for an item&apos;s --connection.</source>
        <translation>A variável de ambiente que contém a senha da conexão que --connection indica para um item.</translation>
    </message>
    <message>
        <source>Your plan file: database items of the same name connect as it says.</source>
        <translation>Seu arquivo de plano: os itens de banco de dados de mesmo nome se conectam como ele indica.</translation>
    </message>
    <message>
        <source>Restore items without --target to the places the set recorded without asking (for scripts).</source>
        <translation>Restaurar os itens sem --target nos locais registrados no conjunto, sem perguntar (para scripts).</translation>
    </message>
    <message>
        <source>verified intact %1</source>
        <translation>verificado íntegro em %1</translation>
    </message>
    <message>
        <source>DAMAGED at verification %1</source>
        <translation>DANIFICADO na verificação de %1</translation>
    </message>
    <message>
        <source>Last verified:    %1</source>
        <translation>Última verificação:     %1</translation>
    </message>
    <message>
        <source>%1 (set %2, %3)</source>
        <translation>%1 (conjunto %2, %3)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>íntegro</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DANIFICADO</translation>
    </message>
    <message>
        <source>never (lync-backup verify SET)</source>
        <translation>nunca (lync-backup verify CONJUNTO)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>%1: %2 (%3 files, %4)</source>
        <translation>%1: %2 (%3 arquivos, %4)</translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignorado</numerusform>
            <numerusform>, %n ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n errors</source>
        <translation>
            <numerusform>, %n erro</numerusform>
            <numerusform>, %n erros</numerusform>
        </translation>
    </message>
    <message>
        <source> %1% %2/%3 %4/s ETA %5</source>
        <translation> %1% %2/%3 %4/s faltam %5</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 de %2, %3 de %4 arquivos</translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation>, %1/s, faltam %2</translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message>
        <source>%1 is not a complete set. Give a set folder (named by its start time, without .partial) or a backup location.</source>
        <translation>%1 não é um conjunto completo. Indique uma pasta de conjunto (com o nome da hora de início, sem .partial) ou um local de backup.</translation>
    </message>
    <message>
        <source>%1 is already in %2. Give another location for the copy.</source>
        <translation>%1 já está em %2. Indique outro local para a cópia.</translation>
    </message>
    <message>
        <source>Checking the location %1</source>
        <translation>Verificando o local %1</translation>
    </message>
    <message>
        <source>%1 already holds a different set named %2. A complete set is never replaced; give another location.</source>
        <translation>%1 já contém um conjunto diferente chamado %2. Um conjunto completo nunca é substituído; indique outro local.</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>Copiando %1 para %2</translation>
    </message>
    <message>
        <source>%1 differs from the set&apos;s file list: the set is damaged. Run lync-backup verify on it.</source>
        <translation>%1 difere da lista de arquivos do conjunto: o conjunto está danificado. Execute lync-backup verify nele.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Flushing the copy to disk</source>
        <translation>Gravando a cópia no disco</translation>
    </message>
    <message>
        <source>Verifying the copy</source>
        <translation>Verificando a cópia</translation>
    </message>
    <message numerus="yes">
        <source>The copy does not match the set (%n problems); it was removed. Check the disk of %1.</source>
        <translation>
            <numerusform>A cópia não corresponde ao conjunto (%n problema); ela foi removida. Verifique o disco de %1.</numerusform>
            <numerusform>A cópia não corresponde ao conjunto (%n problemas); ela foi removida. Verifique o disco de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files of %1 did not verify there and were copied again; verify that set.</source>
        <translation>
            <numerusform>%Ln arquivo de %1 não passou na verificação no destino e foi copiado novamente; verifique esse conjunto.</numerusform>
            <numerusform>%Ln arquivos de %1 não passaram na verificação no destino e foram copiados novamente; verifique esse conjunto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentCapture</name>
    <message>
        <source>The plan&apos;s topology %1 is not a readable topology file (missing, not a regular file, or larger than 64 MiB). Export it again with Get-CsTopology -AsXml and point the plan at it.</source>
        <translation>A topologia do plano, %1, não é um arquivo de topologia legível (ausente, não é um arquivo comum ou é maior que 64 MiB). Exporte-a novamente com Get-CsTopology -AsXml e aponte o plano para ela.</translation>
    </message>
    <message>
        <source>Cannot read the plan&apos;s topology %1: %2.</source>
        <translation>Não é possível ler a topologia do plano, %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the set.</source>
        <translation>Não é possível criar %1 no conjunto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>DrillJob</name>
    <message>
        <source>not in this set: its backup failed</source>
        <translation>não está neste conjunto: o backup dele falhou</translation>
    </message>
    <message>
        <source>its bytes were verified; importing it needs a Lync server (see the set&apos;s runbook)</source>
        <translation>seus bytes foram verificados; importá-lo exige um servidor Lync (veja o roteiro do conjunto)</translation>
    </message>
    <message>
        <source>its bytes were verified; restoring it needs a database server (lync-backup restore --target)</source>
        <translation>seus bytes foram verificados; restaurá-lo exige um servidor de banco de dados (lync-backup restore --target)</translation>
    </message>
    <message>
        <source>Verifying the set</source>
        <translation>Verificando o conjunto</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder in %1: %2. Give another one with --scratch DIR.</source>
        <translation>Não é possível criar uma pasta temporária em %1: %2. Indique outra com --scratch DIR.</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Restaurando em %1</translation>
    </message>
    <message>
        <source>restored; its digest and every table&apos;s rows checked</source>
        <translation>restaurado; o hash e as linhas de cada tabela foram conferidos</translation>
    </message>
    <message>
        <source>%1 files (%2) restored and checked</source>
        <translation>%1 arquivos (%2) restaurados e conferidos</translation>
    </message>
    <message>
        <source>Cannot record the drill in %1: %2</source>
        <translation>Não é possível registrar o teste em %1: %2</translation>
    </message>
</context>
<context>
    <name>EntriesFile</name>
    <message>
        <source>Line %1 of the set&apos;s file list (entries) is not valid: %2. The set may have been tampered with; do not use it.</source>
        <translation>A linha %1 da lista de arquivos do conjunto (entries) não é válida: %2. O conjunto pode ter sido adulterado; não o use.</translation>
    </message>
    <message>
        <source>an unknown type</source>
        <translation>um tipo desconhecido</translation>
    </message>
    <message>
        <source>an invalid path</source>
        <translation>um caminho inválido</translation>
    </message>
    <message>
        <source>an invalid size</source>
        <translation>um tamanho inválido</translation>
    </message>
    <message>
        <source>an invalid modification time</source>
        <translation>uma data de modificação inválida</translation>
    </message>
    <message>
        <source>an invalid mode</source>
        <translation>um modo inválido</translation>
    </message>
    <message>
        <source>an invalid SHA-256 digest</source>
        <translation>um hash SHA-256 inválido</translation>
    </message>
    <message>
        <source>a size or digest for something not a file</source>
        <translation>um tamanho ou hash para algo que não é um arquivo</translation>
    </message>
    <message>
        <source>an invalid link target</source>
        <translation>um destino de link inválido</translation>
    </message>
    <message>
        <source>a link target for something not a link</source>
        <translation>um destino de link para algo que não é um link</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the set&apos;s file list %1: %2</source>
        <translation>Não é possível ler a lista de arquivos do conjunto %1: %2</translation>
    </message>
    <message>
        <source>The set&apos;s file list %1 is not the one its manifest describes (%2 bytes, the manifest says %3). The set may have been damaged or tampered with; do not use it.</source>
        <translation>A lista de arquivos do conjunto %1 não é a que o manifesto descreve (%2 bytes; o manifesto indica %3). O conjunto pode ter sido danificado ou adulterado; não o use.</translation>
    </message>
    <message>
        <source>out of order, or listed twice</source>
        <translation>fora de ordem ou listada duas vezes</translation>
    </message>
    <message>
        <source>The set&apos;s file list %1 does not match the digest in its manifest. The set may have been damaged or tampered with; do not use it.</source>
        <translation>A lista de arquivos do conjunto %1 não corresponde ao hash indicado no manifesto. O conjunto pode ter sido danificado ou adulterado; não o use.</translation>
    </message>
    <message>
        <source>%1 fields instead of 8</source>
        <translation>%1 campos em vez de 8</translation>
    </message>
    <message>
        <source>an invalid change time</source>
        <translation>uma hora de alteração inválida</translation>
    </message>
    <message>
        <source>%1 is listed twice, or out of order, in the set&apos;s file list %2.</source>
        <translation>%1 aparece duas vezes, ou fora de ordem, na lista de arquivos do conjunto %2.</translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 was stopped: the run was cancelled.</source>
        <translation>%1 foi interrompido: a execução foi cancelada.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped. Raise timeoutSeconds in the plan if it needs longer.</source>
        <translation>%1 não terminou em %2 segundos e foi interrompido. Aumente timeoutSeconds no plano se ele precisar de mais tempo.</translation>
    </message>
    <message>
        <source>%1 crashed. Its output: %2</source>
        <translation>%1 falhou inesperadamente. Saída: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 falhou com o código de saída %2: %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sem saída)</translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>FileStoreSource</name>
    <message>
        <source>Meeting.Active is locked by a running meeting and is not backed up (by design)</source>
        <translation>Meeting.Active está bloqueado por uma reunião em andamento e, intencionalmente, não é incluído no backup</translation>
    </message>
    <message>
        <source>not a regular file (device, pipe or socket); not copied</source>
        <translation>não é um arquivo comum (dispositivo, pipe ou soquete); não copiado</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder. Restore goes onto new or clean targets only: move it away and run the restore again.</source>
        <translation>%1 existe e não é uma pasta. A restauração só é feita em destinos novos ou limpos: mova-o e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>The manifest places %1 outside its item %2; the set may have been tampered with.</source>
        <translation>O manifesto coloca %1 fora do seu item %2; o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>The manifest places %1 below the link %2; the set may have been tampered with.</source>
        <translation>O manifesto coloca %1 abaixo do link %2; o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in case: they collide on Windows and other case-insensitive file systems.</source>
        <translation>%1 e %2 diferem apenas em maiúsculas/minúsculas: eles colidem no Windows e em outros sistemas de arquivos que não diferenciam maiúsculas.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check that this account can write next to the target %2.</source>
        <translation>Não é possível criar %1. Verifique se esta conta pode gravar ao lado do destino %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The link %1 points outside the restored folder (%2) and was not recreated.</source>
        <translation>O link %1 aponta para fora da pasta restaurada (%2) e não foi recriado.</translation>
    </message>
    <message>
        <source>%1 (a folder that cannot be read)</source>
        <translation>%1 (uma pasta que não pode ser lida)</translation>
    </message>
    <message>
        <source>Cannot remove the empty folder %1 from %2 (something was written into it during the restore, or this account may not remove it). Nothing was restored into %2, though some of its empty folders may be gone; check it and run the restore again.</source>
        <translation>Não é possível remover a pasta vazia %1 de %2 (algo foi gravado nela durante a restauração, ou esta conta não tem permissão para removê-la). Nada foi restaurado em %2, embora algumas de suas pastas vazias possam ter sido removidas; verifique-a e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2, and %3 could not be taken out again: %2 now holds part of the restored tree. Move everything out of %2 and run the restore again.</source>
        <translation>Não é possível mover %1 para %2, e não foi possível retirar %3 de lá novamente: %2 agora contém parte da árvore restaurada. Retire tudo de %2 e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2 (is %2 on another file system than the folder that holds it, or did something appear there?). Nothing was restored into %2; check it and run the restore again.</source>
        <translation>Não é possível mover %1 para %2 (%2 está em um sistema de arquivos diferente do da pasta que o contém, ou algo apareceu ali?). Nada foi restaurado em %2; verifique-o e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: it holds %2. Restore goes onto new or clean targets only (a folder that holds only empty folders is clean): move these away or choose another target, and run the restore again.</source>
        <translation>A pasta %1 não está vazia: ela contém %2. A restauração só é feita em destinos novos ou limpos (uma pasta que contém apenas pastas vazias é limpa): remova esses itens ou escolha outro destino e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist or cannot be reached. Check the path and that the share is online.</source>
        <translation>%1: a pasta %2 não existe ou não pode ser acessada. Verifique o caminho e se o compartilhamento está online.</translation>
    </message>
    <message>
        <source>%1: %2 is not a folder.</source>
        <translation>%1: %2 não é uma pasta.</translation>
    </message>
    <message>
        <source>%1: this account cannot read %2. Run the backup as an account that can read the share.</source>
        <translation>%1: esta conta não pode ler %2. Execute o backup com uma conta que possa ler o compartilhamento.</translation>
    </message>
    <message>
        <source>the path is too long to be stored below the backup set folder %1; choose a backup location with a shorter path</source>
        <translation>o caminho é longo demais para ser armazenado dentro da pasta do conjunto de backup %1; escolha um local de backup com um caminho mais curto</translation>
    </message>
    <message>
        <source>changed while it was being copied: the set holds the %1 that were read (SHA-256 %2), which may mix old and new contents. Back it up again when nothing writes to it.</source>
        <translation>houve alterações durante a cópia: o conjunto contém os %1 que foram lidos (SHA-256 %2), que podem misturar conteúdo antigo e novo. Faça backup do arquivo novamente quando nada estiver gravando nele.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set: %2</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup: %2</translation>
    </message>
    <message>
        <source>%1 was not restored: %2.</source>
        <translation>%1 não foi restaurado: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more entries were not restored: their names cannot be created on this system.</source>
        <translation>
            <numerusform>Mais %Ln entrada não foi restaurada: o nome dela não pode ser criado neste sistema.</numerusform>
            <numerusform>Mais %Ln entradas não foram restauradas: os nomes delas não podem ser criados neste sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were restored without the set-user-ID, set-group-ID or write-for-everyone permissions the set records (never restored).</source>
        <translation>
            <numerusform>%Ln entrada foi restaurada sem as permissões set-user-ID, set-group-ID ou de gravação para todos que o conjunto registra (essas permissões nunca são restauradas).</numerusform>
            <numerusform>%Ln entradas foram restauradas sem as permissões set-user-ID, set-group-ID ou de gravação para todos que o conjunto registra (essas permissões nunca são restauradas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot recreate the link %1: %2</source>
        <translation>Não é possível recriar o link simbólico %1: %2</translation>
    </message>
</context>
<context>
    <name>ItemEntries</name>
    <message>
        <source>The set does not list exactly one file for %1 (it lists %2 entries); the set may be damaged. Use another set.</source>
        <translation>O conjunto não lista exatamente um arquivo para %1 (lista %2 entradas); o conjunto pode estar danificado. Use outro conjunto.</translation>
    </message>
</context>
<context>
    <name>LineReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>line %1 of %2 is too long</source>
        <translation>a linha %1 de %2 é longa demais</translation>
    </message>
    <message>
        <source>the last line of %1 is not ended</source>
        <translation>a última linha de %1 está incompleta (sem quebra de linha)</translation>
    </message>
</context>
<context>
    <name>LocationLock</name>
    <message>
        <source>A lock left by process %1 on %2, which is no longer running, was found and taken over. That run did not finish; its folder stays marked as incomplete.</source>
        <translation>Foi encontrado em %2 um bloqueio deixado pelo processo %1, que não está mais em execução; o bloqueio foi assumido. Aquela execução não terminou; sua pasta continua marcada como incompleta.</translation>
    </message>
    <message>
        <source>Another computer (%1, process %2) is writing a backup to this location. Wait for it to finish. If that computer is gone, delete %3 and try again.</source>
        <translation>Outro computador (%1, processo %2) está gravando um backup neste local. Aguarde a conclusão. Se esse computador não existir mais, exclua %3 e tente novamente.</translation>
    </message>
    <message>
        <source>Another backup (process %1, %2) is writing to this location. Wait for it to finish and try again.</source>
        <translation>Outro backup (processo %1, %2) está gravando neste local. Aguarde a conclusão e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Check that this account can write to the backup location.</source>
        <translation>Não é possível criar o arquivo de bloqueio %1: permissão negada. Verifique se esta conta pode gravar no local de backup.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Não é possível criar o arquivo de bloqueio %1.</translation>
    </message>
</context>
<context>
    <name>LocationStatus</name>
    <message>
        <source>The run stopped before it finished.</source>
        <translation>A execução parou antes de terminar.</translation>
    </message>
    <message>
        <source>There is no complete set without errors.</source>
        <translation>Não há nenhum conjunto completo sem erros.</translation>
    </message>
    <message>
        <source>The newest good set is %1 hours old.</source>
        <translation>O conjunto válido mais recente foi criado há %1 horas.</translation>
    </message>
    <message>
        <source>Critical after %1 hours.</source>
        <translation>Crítico após %1 horas.</translation>
    </message>
    <message>
        <source>Warning after %1 hours.</source>
        <translation>Aviso após %1 horas.</translation>
    </message>
    <message>
        <source>The last run (%1) failed.</source>
        <translation>A última execução (%1) falhou.</translation>
    </message>
    <message>
        <source>The last run (%1) completed with errors.</source>
        <translation>A última execução (%1) foi concluída com erros.</translation>
    </message>
    <message>
        <source>The last restore drill (of %1) failed.</source>
        <translation>O último teste de restauração (de %1) falhou.</translation>
    </message>
    <message>
        <source>The newest set (%1) failed its last verification: take a new backup and look at what was damaged (lync-backup verify).</source>
        <translation>O conjunto mais recente (%1) falhou na última verificação: faça um novo backup e veja o que foi danificado (lync-backup verify).</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Concluído com erros</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON (at byte %1: %2).</source>
        <translation>O manifesto não é um JSON válido (no byte %1: %2).</translation>
    </message>
    <message>
        <source>The manifest does not describe a Lync backup set.</source>
        <translation>O manifesto não descreve um conjunto de backup do Lync.</translation>
    </message>
    <message>
        <source>The manifest has format version %1; this program reads version %2 and older. Use a newer version of Lync Backup Wizard.</source>
        <translation>O manifesto tem a versão de formato %1; este programa lê a versão %2 e anteriores. Use uma versão mais recente do Assistente de Backup do Lync.</translation>
    </message>
    <message>
        <source>The manifest names an unsafe location for item %1 (%2): %3.</source>
        <translation>O manifesto indica um local inseguro para o item %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The manifest lists an unsafe path &quot;%1&quot;: %2. The set may have been tampered with; do not use it.</source>
        <translation>O manifesto lista um caminho inseguro &quot;%1&quot;: %2. O conjunto pode ter sido adulterado; não o use.</translation>
    </message>
    <message>
        <source>The manifest lists its own metadata file &quot;%1&quot; as data.</source>
        <translation>O manifesto lista seu próprio arquivo de metadados &quot;%1&quot; como dados.</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; more than once.</source>
        <translation>O manifesto lista &quot;%1&quot; mais de uma vez.</translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; the unknown type &quot;%2&quot;.</source>
        <translation>O manifesto atribui a &quot;%1&quot; o tipo desconhecido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid modification time.</source>
        <translation>O manifesto atribui a &quot;%1&quot; uma data de modificação inválida.</translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid mode.</source>
        <translation>O manifesto atribui a &quot;%1&quot; um modo inválido.</translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid size.</source>
        <translation>O manifesto atribui a &quot;%1&quot; um tamanho inválido.</translation>
    </message>
    <message>
        <source>The manifest gives &quot;%1&quot; an invalid SHA-256 digest.</source>
        <translation>O manifesto atribui a &quot;%1&quot; um hash SHA-256 inválido.</translation>
    </message>
    <message>
        <source>Cannot read the manifest of %1: %2. Is this a backup set folder?</source>
        <translation>Não é possível ler o manifesto de %1: %2. Esta é uma pasta de conjunto de backup?</translation>
    </message>
    <message>
        <source>The manifest names &quot;%1&quot; as the topology of the set; only %2 or %3 are allowed. The set may have been tampered with.</source>
        <translation>O manifesto indica &quot;%1&quot; como a topologia do conjunto; somente %2 ou %3 são permitidos. O conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>The manifest gives the topology an invalid SHA-256 digest.</source>
        <translation>O manifesto atribui à topologia um hash SHA-256 inválido.</translation>
    </message>
    <message>
        <source>The manifest&apos;s description of the topology does not match its file list; the set may have been tampered with.</source>
        <translation>A descrição da topologia no manifesto não confere com a lista de arquivos dele; o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>The manifest names an item &quot;%1&quot;, which is not a valid item name. The set may have been tampered with.</source>
        <translation>O manifesto indica um item &quot;%1&quot;, que não é um nome de item válido. O conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>A format 2 manifest lists files itself; the set may have been tampered with.</source>
        <translation>Um manifesto de formato 2 lista os próprios arquivos; o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>The manifest does not describe its file list (entries); the set is damaged.</source>
        <translation>O manifesto não descreve sua lista de arquivos (entries); o conjunto está danificado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>The notification names an SMTP server but no recipient.</source>
        <translation>A notificação indica um servidor SMTP, mas nenhum destinatário.</translation>
    </message>
    <message>
        <source>The notification needs a sender address (&quot;from&quot;).</source>
        <translation>A notificação precisa de um endereço de remetente (&quot;from&quot;).</translation>
    </message>
    <message>
        <source>The notification&apos;s &quot;security&quot; is starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>O &quot;security&quot; da notificação é starttls, tls ou none, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SMTP port %1 is not valid.</source>
        <translation>A porta SMTP %1 não é válida.</translation>
    </message>
    <message>
        <source>The SMTP login %1 needs its password from an environment variable (&quot;passwordEnv&quot;) or a file only its owner can read (&quot;passwordFile&quot;); a plan never holds a password.</source>
        <translation>O login SMTP %1 precisa da senha em uma variável de ambiente (&quot;passwordEnv&quot;) ou em um arquivo que só o proprietário pode ler (&quot;passwordFile&quot;); um plano nunca contém senhas.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Cannot read the properties of %1: %2</source>
        <translation>Não é possível ler as propriedades de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the link %1: %2</source>
        <translation>Não é possível ler o link %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Não é possível definir as permissões de %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>Não é possível definir a data de modificação de %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it to disk: %2</source>
        <translation>Não é possível abrir %1 para gravá-lo no disco: %2</translation>
    </message>
    <message>
        <source>Writing %1 to disk failed: %2</source>
        <translation>A gravação de %1 no disco falhou: %2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Não é possível abrir a pasta %1: %2</translation>
    </message>
    <message>
        <source>Writing the folder %1 to disk failed: %2</source>
        <translation>A gravação da pasta %1 no disco falhou: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Não é possível renomear %1 para %2: %3</translation>
    </message>
    <message>
        <source>Cannot create a hard link %1: %2</source>
        <translation>Não é possível criar o link físico %1: %2</translation>
    </message>
    <message>
        <source>%1 became a symbolic link; it is not followed</source>
        <translation>%1 passou a ser um link simbólico; ele não é seguido</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer a regular file</source>
        <translation>%1 não é mais um arquivo comum</translation>
    </message>
    <message>
        <source>cannot create the copy %1: %2</source>
        <translation>não é possível criar a cópia %1: %2</translation>
    </message>
    <message>
        <source>cannot write the copy %1: %2</source>
        <translation>não é possível gravar a cópia %1: %2</translation>
    </message>
    <message>
        <source>reading failed after %1 bytes: %2</source>
        <translation>a leitura falhou após %1 bytes: %2</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>Não é possível ler a pasta %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Não é possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>Não é possível criar o link simbólico %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não é possível remover %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1: %2</source>
        <translation>Não é possível remover a pasta %1: %2</translation>
    </message>
    <message>
        <source>%1, or a folder on its path, became a symbolic link; it is not followed</source>
        <translation>%1, ou uma pasta em seu caminho, tornou-se um link simbólico; ele não é seguido</translation>
    </message>
</context>
<context>
    <name>PostgresSource</name>
    <message>
        <source>%1 is not installed. Install the PostgreSQL client tools (Debian: postgresql-client).</source>
        <translation>%1 não está instalado. Instale as ferramentas de cliente do PostgreSQL (Debian: postgresql-client).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>O driver PostgreSQL do Qt (QPSQL) não está instalado (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup.</translation>
    </message>
    <message>
        <source>pg_dump wrote an empty %1.</source>
        <translation>O pg_dump gravou um %1 vazio.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Não é possível criar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot check whether the table %1 of the database %2 holds rows: %3. Restore goes onto new or clean databases only: check this account&apos;s permissions, and run the restore again.</source>
        <translation>Não é possível verificar se a tabela %1 do banco de dados %2 contém linhas: %3. A restauração só é feita em bancos de dados novos ou limpos: verifique as permissões desta conta e execute a restauração novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds data, in %n of its tables (%2). Restore goes onto new or clean databases only (one whose tables hold no rows is clean): drop it or choose another name, and run the restore again.</source>
        <translation>
            <numerusform>O banco de dados %1 já contém dados, em %n de suas tabelas (%2). A restauração só é feita em bancos de dados novos ou limpos (um banco de dados cujas tabelas não contêm linhas é limpo): exclua-o ou escolha outro nome e execute a restauração novamente.</numerusform>
            <numerusform>O banco de dados %1 já contém dados, em %n de suas tabelas (%2). A restauração só é feita em bancos de dados novos ou limpos (um banco de dados cujas tabelas não contêm linhas é limpo): exclua-o ou escolha outro nome e execute a restauração novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_restore could not restore %1 into the database %2, which was left as it was (the restore runs in one transaction). Correct what it reports (for example, drop objects that depend on the tables being replaced) and run the restore again. %3</source>
        <translation>O pg_restore não conseguiu restaurar %1 no banco de dados %2, que ficou como estava (a restauração é executada em uma única transação). Corrija o que ele relatar (por exemplo, exclua objetos que dependam das tabelas que estão sendo substituídas) e execute a restauração novamente. %3</translation>
    </message>
    <message>
        <source>%1: the plan names no database.</source>
        <translation>%1: o plano não indica nenhum banco de dados.</translation>
    </message>
</context>
<context>
    <name>Prerequisites</name>
    <message>
        <source>The backup did not record this.</source>
        <translation>O backup não registrou esta informação.</translation>
    </message>
    <message>
        <source>%1, as at backup time.</source>
        <translation>%1, como no momento do backup.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>cannot check</source>
        <translation>não verificável</translation>
    </message>
    <message>
        <source>Computer FQDN</source>
        <translation>FQDN do computador</translation>
    </message>
    <message>
        <source>This computer is %1; the backup was taken on %2. Install the operating system with the same FQDN before restoring.</source>
        <translation>Este computador é %1; o backup foi feito em %2. Instale o sistema operacional com o mesmo FQDN antes de restaurar.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>This computer is in the domain %1; the backup was taken in %2. Join this computer to %2 before restoring.</source>
        <translation>Este computador está no domínio %1; o backup foi feito em %2. Ingresse este computador no domínio %2 antes de restaurar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>Registros DNS</translation>
    </message>
    <message>
        <source>%1 does not resolve now; at backup time it resolved to %2. Restore the DNS records before restoring data.</source>
        <translation>%1 não é resolvido agora; no momento do backup era resolvido para %2. Restaure os registros DNS antes de restaurar os dados.</translation>
    </message>
    <message>
        <source>%1 now resolves to %2; at backup time it resolved to %3. Make DNS (and DHCP reservations) the same as at backup time.</source>
        <translation>%1 agora é resolvido para %2; no momento do backup era resolvido para %3. Deixe o DNS (e as reservas de DHCP) iguais aos do momento do backup.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, as at backup time.</source>
        <translation>%1 é resolvido para %2, como no momento do backup.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <source>This computer runs %1; the backup was taken on %2. Lync Server 2013 expects the rebuilt server to run the same system.</source>
        <translation>Este computador executa %1; o backup foi feito em %2. O Lync Server 2013 espera que o servidor recriado execute o mesmo sistema.</translation>
    </message>
    <message>
        <source>Path of %1</source>
        <translation>Caminho de %1</translation>
    </message>
    <message>
        <source>Restoring to %1, but the data was backed up from %2. Lync expects its data at the same path as at backup time.</source>
        <translation>Restaurando em %1, mas o backup dos dados foi feito a partir de %2. O Lync espera seus dados no mesmo caminho do momento do backup.</translation>
    </message>
    <message>
        <source>The folder %1 that holds %2 does not exist. Create it (or the share) with the same path as at backup time.</source>
        <translation>A pasta %1 que contém %2 não existe. Crie-a (ou o compartilhamento) com o mesmo caminho do momento do backup.</translation>
    </message>
    <message>
        <source>This computer is %1, but it is to replace %2 of the topology. Install the operating system with the FQDN %2 before restoring.</source>
        <translation>Este computador é %1, mas deve substituir %2 da topologia. Instale o sistema operacional com o FQDN %2 antes de restaurar.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>SQL Server instances</source>
        <translation>Instâncias do SQL Server</translation>
    </message>
    <message>
        <source>The topology places the instances %1 on this server: install SQL Server with exactly these names before the databases are created.</source>
        <translation>A topologia define as instâncias %1 neste servidor: instale o SQL Server com exatamente esses nomes antes de criar os bancos de dados.</translation>
    </message>
    <message>
        <source>The backup recorded no addresses for %1 (the name did not resolve when the backup ran, or the set does not say).</source>
        <translation>O backup não registrou endereços para %1 (o nome não foi resolvido quando o backup foi executado, ou o conjunto não informa).</translation>
    </message>
    <message>
        <source>The topology names %1 without a domain, so there is no domain to compare.</source>
        <translation>A topologia indica %1 sem domínio, portanto não há domínio a comparar.</translation>
    </message>
</context>
<context>
    <name>ProductLog</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 · %3 of %4 files · %5/s</source>
        <translation>%1 de %2 · %3 de %4 arquivos · %5/s</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · faltam %2</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <source>%1 could not be removed completely (%2). It is left as an unfinished run, never used for a restore; check the permissions and run the prune again.</source>
        <translation>Não foi possível remover %1 por completo (%2). Ele fica como uma execução não concluída, nunca usada em uma restauração; verifique as permissões e execute a limpeza novamente.</translation>
    </message>
    <message>
        <source>No retention rule given: name at least one of --keep-last, --keep-daily, --keep-weekly or --keep-monthly.</source>
        <translation>Nenhuma regra de retenção informada: indique pelo menos uma de --keep-last, --keep-daily, --keep-weekly ou --keep-monthly.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>%1 could not be renamed for removal; it is kept.</source>
        <translation>Não foi possível renomear %1 para a remoção; ele é mantido.</translation>
    </message>
    <message>
        <source>%1 is not an unfinished run; only a .partial folder is removed this way.</source>
        <translation>%1 não é uma execução não concluída; só uma pasta .partial é removida desta forma.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 não existe mais.</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>RecoveryCommand</name>
    <message>
        <source>      note: %1</source>
        <translation>      observação: %1</translation>
    </message>
    <message>
        <source>Recovery of %1 (pool %2): %3.</source>
        <translation>Recuperação de %1 (pool %2): %3.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s procedures: %1.</source>
        <translation>Procedimentos da Microsoft: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diário: %1</translation>
    </message>
    <message>
        <source>      Complete when: %1</source>
        <translation>      Concluída quando: %1</translation>
    </message>
    <message>
        <source>The set to recover from.</source>
        <translation>O conjunto a ser usado na recuperação.</translation>
    </message>
    <message>
        <source>The machine of the set&apos;s topology this computer replaces.</source>
        <translation>A máquina da topologia do conjunto que este computador substitui.</translation>
    </message>
    <message>
        <source>Print JSON, for other programs.</source>
        <translation>Gerar a saída em JSON, para outros programas.</translation>
    </message>
    <message>
        <source>Show the state of every step.</source>
        <translation>Mostrar o estado de todas as etapas.</translation>
    </message>
    <message>
        <source>Run or check a step that this program can run.</source>
        <translation>Executar ou verificar uma etapa que este programa pode executar.</translation>
    </message>
    <message>
        <source>Record a manual step as done or skipped.</source>
        <translation>Registrar uma etapa manual como concluída ou ignorada.</translation>
    </message>
    <message>
        <source>A note for --mark.</source>
        <translation>Uma observação para --mark.</translation>
    </message>
    <message>
        <source>With --run: restore an item to PATH instead of where it was backed up from.</source>
        <translation>Com --run: restaurar um item em PATH, e não no local de onde foi feito o backup.</translation>
    </message>
    <message>
        <source>With --run certificates: the certificate file to check (PEM, DER, or .pfx with LBW_CERTIFICATE_PASSWORD).</source>
        <translation>Com --run certificates: o arquivo de certificado a verificar (PEM, DER ou .pfx com LBW_CERTIFICATE_PASSWORD).</translation>
    </message>
    <message>
        <source>Shows the recovery plan of one server of the set&apos;s topology, runs its steps and records them in a journal.</source>
        <translation>Mostra o plano de recuperação de um servidor da topologia do conjunto, executa suas etapas e as registra em um diário.</translation>
    </message>
    <message>
        <source>Say which machine of the topology this computer replaces with --server FQDN.</source>
        <translation>Indique com --server FQDN qual máquina da topologia este computador substitui.</translation>
    </message>
    <message>
        <source>The machines are: %1.</source>
        <translation>As máquinas são: %1.</translation>
    </message>
    <message>
        <source>Give --mark STEP=done or STEP=skipped with a step of this plan.</source>
        <translation>Informe --mark STEP=done ou STEP=skipped com uma etapa deste plano.</translation>
    </message>
    <message>
        <source>Marked as done by the operator.</source>
        <translation>Marcada como concluída pelo operador.</translation>
    </message>
    <message>
        <source>Skipped by the operator.</source>
        <translation>Ignorada pelo operador.</translation>
    </message>
    <message>
        <source>The plan has no step &quot;%1&quot;. Its steps are: %2.</source>
        <translation>O plano não tem nenhuma etapa &quot;%1&quot;. Suas etapas são: %2.</translation>
    </message>
    <message>
        <source>A set that keeps a topology.</source>
        <translation>Um conjunto que inclua uma topologia.</translation>
    </message>
    <message>
        <source>Only the steps of this machine of the topology.</source>
        <translation>Somente as etapas desta máquina da topologia.</translation>
    </message>
    <message>
        <source>HTML file to write (default: standard output).</source>
        <translation>Arquivo HTML a gravar (padrão: saída padrão).</translation>
    </message>
    <message>
        <source>Writes the recovery runbook (HTML) of a set again, with the set&apos;s current path in its commands.</source>
        <translation>Grava novamente o roteiro de recuperação (HTML) de um conjunto, com o caminho atual do conjunto nos comandos.</translation>
    </message>
    <message>
        <source>--target names %1, but step %2 restores %3.</source>
        <translation>--target indica %1, mas a etapa %2 restaura %3.</translation>
    </message>
    <message>
        <source>%1 of %2 steps complete or not needed.</source>
        <translation>%1 de %2 etapas concluídas ou não necessárias.</translation>
    </message>
    <message>
        <source>With --run: the database server to restore the step&apos;s PostgreSQL item ([USER@]HOST[:PORT]) or SQL Server item ([USER@]SERVER[\INSTANCE]) to. The server the set names is never used.</source>
        <translation>Com --run: o servidor de banco de dados no qual restaurar o item do PostgreSQL ([USER@]HOST[:PORT]) ou do SQL Server ([USER@]SERVER[\INSTANCE]) da etapa. O servidor indicado no conjunto nunca é usado.</translation>
    </message>
    <message>
        <source>With --run: the environment variable that holds the password for the item&apos;s --connection.</source>
        <translation>Com --run: a variável de ambiente que contém a senha da conexão que --connection indica para o item.</translation>
    </message>
    <message>
        <source>With --run: your plan file; a database item of the same name connects as it says.</source>
        <translation>Com --run: seu arquivo de plano; um item de banco de dados de mesmo nome se conecta como ele indica.</translation>
    </message>
</context>
<context>
    <name>RecoveryJournal</name>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Cannot read the recovery journal %1: %2.</source>
        <translation>Não é possível ler o diário de recuperação %1: %2.</translation>
    </message>
    <message>
        <source>The recovery journal %1 is damaged (%2). Move it away to start this recovery&apos;s record afresh.</source>
        <translation>O diário de recuperação %1 está danificado (%2). Mova-o para outro lugar para recomeçar do zero o registro desta recuperação.</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>não é possível criar a pasta dele</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal %1 (%2). Check that the folder is writable (LBW_STATE_DIR chooses another).</source>
        <translation>Não é possível gravar o diário de recuperação %1 (%2). Verifique se a pasta é gravável (LBW_STATE_DIR escolhe outra).</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>não necessária</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>Prepare the first Standard Edition server</source>
        <translation>Preparar o primeiro servidor Standard Edition</translation>
    </message>
    <message>
        <source>Download and save the topology in Topology Builder</source>
        <translation>Baixar e salvar a topologia no Construtor de Topologias</translation>
    </message>
    <message>
        <source>In the Deployment Wizard, run &quot;Prepare first Standard Edition server&quot;: it installs SQL Server Express with the RTC instance that will hold the Central Management store.</source>
        <translation>No Assistente de Implantação do Lync Server, execute &quot;Prepare first Standard Edition server&quot; (preparar o primeiro servidor Standard Edition): ele instala o SQL Server Express com a instância RTC que conterá o Repositório de Gerenciamento Central.</translation>
    </message>
    <message>
        <source>On a computer with Topology Builder, download the topology from the Central Management store and save it, so this server&apos;s definition is current.</source>
        <translation>Em um computador com o Construtor de Topologias, baixe a topologia do Repositório de Gerenciamento Central e salve-a, para que a definição deste servidor esteja atualizada.</translation>
    </message>
    <message>
        <source>Create the databases</source>
        <translation>Criar os bancos de dados</translation>
    </message>
    <message>
        <source>Create the Lync databases configured for this SQL Server, empty, with their logins and permissions (Topology Builder: publish with &quot;Create databases&quot; does the same). The data is restored over them in the steps below.</source>
        <translation>Crie, vazios, os bancos de dados do Lync configurados para este SQL Server, com seus logons e permissões (publicar a topologia no Construtor de Topologias com &quot;Create databases&quot; [criar bancos de dados] faz o mesmo). Os dados são restaurados sobre eles nas etapas abaixo.</translation>
    </message>
    <message>
        <source>Test-CsDatabase reports every configured database as installed.</source>
        <translation>O Test-CsDatabase informa que todos os bancos de dados configurados estão instalados.</translation>
    </message>
    <message>
        <source>Marked as done by the operator.</source>
        <translation>Marcada como concluída pelo operador.</translation>
    </message>
    <message>
        <source>The set holds no item for %1 (%2). Restore it from another set that has it, or mark this step as skipped with the reason.</source>
        <translation>O conjunto não contém nenhum item para %1 (%2). Restaure-o de outro conjunto que o tenha ou marque esta etapa como ignorada, informando o motivo.</translation>
    </message>
    <message>
        <source>%1 is not in this set.</source>
        <translation>%1 não está neste conjunto.</translation>
    </message>
    <message>
        <source>%1 failed in this backup; its step will refuse to run.</source>
        <translation>O item %1 falhou neste backup; a etapa correspondente se recusará a ser executada.</translation>
    </message>
    <message>
        <source>The restored data is re-read and matches the set.</source>
        <translation>Os dados restaurados são relidos e conferem com o conjunto.</translation>
    </message>
    <message>
        <source>Import %1 from the export in the set with the Lync Server Management Shell.</source>
        <translation>Importe o item %1 a partir da exportação contida no conjunto, com o Shell de Gerenciamento do Lync Server.</translation>
    </message>
    <message>
        <source>The command ends without an error.</source>
        <translation>O comando termina sem erros.</translation>
    </message>
    <message>
        <source>Verify the backup set</source>
        <translation>Verificar o conjunto de backup</translation>
    </message>
    <message>
        <source>Re-read every file of the set and compare it with its manifest before anything is restored.</source>
        <translation>Releia todos os arquivos do conjunto e compare-os com o manifesto antes de restaurar qualquer dado.</translation>
    </message>
    <message>
        <source>Every file matches the manifest.</source>
        <translation>Todos os arquivos conferem com o manifesto.</translation>
    </message>
    <message>
        <source>Check this computer against %1</source>
        <translation>Comparar este computador com %1</translation>
    </message>
    <message>
        <source>This computer must have the failed server&apos;s FQDN, be in its domain, and %1 must resolve to the addresses recorded at backup time. Install the operating system with the same FQDN, join the domain (keep the computer account and its groups) and restore the DNS records first.</source>
        <translation>Este computador deve ter o FQDN do servidor com falha e estar no domínio dele, e %1 deve ser resolvido para os endereços registrados no momento do backup. Primeiro instale o sistema operacional com o mesmo FQDN, ingresse no domínio (mantenha a conta de computador e seus grupos) e restaure os registros DNS.</translation>
    </message>
    <message>
        <source>FQDN, domain and DNS checks pass.</source>
        <translation>As verificações de FQDN, domínio e DNS são bem-sucedidas.</translation>
    </message>
    <message>
        <source>Reinstall the certificates</source>
        <translation>Reinstalar os certificados</translation>
    </message>
    <message>
        <source>Import the certificates of %1 with their private keys and chains (default, web services internal and external, OAuthTokenIssuer; for an Edge Server the internal certificate from the same PKI) into the computer&apos;s Personal store. Give the certificate file to check it here.</source>
        <translation>Importe os certificados de %1 com suas chaves privadas e cadeias (padrão, serviços Web internos e externos, OAuthTokenIssuer; para um Servidor de Borda, o certificado interno da mesma PKI) para o repositório Pessoal do computador. Informe o arquivo de certificado para verificá-lo aqui.</translation>
    </message>
    <message>
        <source>A certificate for %1 that is valid now (and, from a .pfx, has its private key).</source>
        <translation>Um certificado para %1 que seja válido agora (e, se vier de um .pfx, que tenha a chave privada).</translation>
    </message>
    <message>
        <source>the default instance</source>
        <translation>a instância padrão</translation>
    </message>
    <message>
        <source>Install SQL Server with the same instance names</source>
        <translation>Instalar o SQL Server com os mesmos nomes de instância</translation>
    </message>
    <message>
        <source>Install SQL Server 2012 or 2008 R2 with the instance names the topology records (%1), and the same logins and permissions as before. Lync&apos;s databases are created in a later step.</source>
        <translation>Instale o SQL Server 2012 ou 2008 R2 com os nomes de instância registrados na topologia (%1) e os mesmos logons e permissões de antes. Os bancos de dados do Lync são criados em uma etapa posterior.</translation>
    </message>
    <message>
        <source>Restore the file store %1</source>
        <translation>Restaurar o repositório de arquivos %1</translation>
    </message>
    <message>
        <source>Enable the topology</source>
        <translation>Habilitar a topologia</translation>
    </message>
    <message>
        <source>Enable-CsTopology publishes the restored configuration and resets the permissions of the file stores. It needs Domain Admins rights unless setup permissions were delegated (Test-CsSetupPermission).</source>
        <translation>O Enable-CsTopology publica a configuração restaurada e redefine as permissões dos repositórios de arquivos. Ele exige direitos de Admins. do domínio (Domain Admins), a menos que as permissões de instalação tenham sido delegadas (Test-CsSetupPermission).</translation>
    </message>
    <message>
        <source>The topology marks no Central Management store as active (it was never published); this server holds its only Central Management store, so its steps are included.</source>
        <translation>A topologia não marca nenhum Repositório de Gerenciamento Central como ativo (ela nunca foi publicada); este servidor contém o único Repositório de Gerenciamento Central da topologia, por isso as etapas correspondentes estão incluídas.</translation>
    </message>
    <message>
        <source>Create the Central Management store</source>
        <translation>Criar o Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Create an empty Central Management store database on this server&apos;s SQL Server instance. -Clean deletes an existing one.</source>
        <translation>Crie um banco de dados vazio do Repositório de Gerenciamento Central na instância do SQL Server deste servidor. -Clean exclui um banco já existente.</translation>
    </message>
    <message>
        <source>Test-CsDatabase reports the Central Management store as installed.</source>
        <translation>O Test-CsDatabase informa que o Repositório de Gerenciamento Central está instalado.</translation>
    </message>
    <message>
        <source>Point Active Directory at the Central Management store</source>
        <translation>Apontar o Active Directory para o Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Set the service connection point to this server&apos;s instance.</source>
        <translation>Defina o ponto de conexão de serviço para a instância deste servidor.</translation>
    </message>
    <message>
        <source>Get-CsConfigurationStoreLocation names this server.</source>
        <translation>O Get-CsConfigurationStoreLocation indica este servidor.</translation>
    </message>
    <message>
        <source>Import the Central Management store</source>
        <translation>Importar o Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Step 1: Install Local Configuration Store (import from a file)</source>
        <translation>Step 1: Install Local Configuration Store (instalar o repositório de configuração local, importando de um arquivo)</translation>
    </message>
    <message>
        <source>Edge Servers get their configuration from a file: the Central Management store export (Export-CsConfiguration) of this set.</source>
        <translation>Os Servidores de Borda obtêm sua configuração de um arquivo: a exportação do Repositório de Gerenciamento Central (Export-CsConfiguration) deste conjunto.</translation>
    </message>
    <message>
        <source>The REPLICA service runs and the replica is up to date.</source>
        <translation>O serviço REPLICA está em execução e a réplica está atualizada.</translation>
    </message>
    <message>
        <source>Step 1: Install Local Configuration Store</source>
        <translation>Step 1: Install Local Configuration Store (instalar o repositório de configuração local)</translation>
    </message>
    <message>
        <source>Retrieve the configuration directly from the Central Management store into the RTCLOCAL instance.</source>
        <translation>Obtenha a configuração diretamente do Repositório de Gerenciamento Central para a instância RTCLOCAL.</translation>
    </message>
    <message>
        <source>The REPLICA service runs and Get-CsManagementStoreReplicationStatus shows this server up to date.</source>
        <translation>O serviço REPLICA está em execução e o Get-CsManagementStoreReplicationStatus mostra este servidor como atualizado.</translation>
    </message>
    <message>
        <source>Step 2: Setup or Remove Lync Server Components</source>
        <translation>Step 2: Setup or Remove Lync Server Components (instalar ou remover componentes do Lync Server)</translation>
    </message>
    <message>
        <source>Install the server roles the topology defines for this computer (this also re-creates databases co-located with the role).</source>
        <translation>Instale as funções de servidor que a topologia define para este computador (isso também recria os bancos de dados que ficam no mesmo servidor que a função).</translation>
    </message>
    <message>
        <source>Get-CsWindowsService lists the role services.</source>
        <translation>O Get-CsWindowsService lista os serviços da função.</translation>
    </message>
    <message>
        <source>Step 3: Request, Install or Assign Certificates</source>
        <translation>Step 3: Request, Install or Assign Certificates (solicitar, instalar ou atribuir certificados)</translation>
    </message>
    <message>
        <source>Assign the certificates imported earlier to their uses (Default, WebServicesInternal, WebServicesExternal; OAuthTokenIssuer once per deployment; Edge: Internal and external uses). Get-CsCertificate must list every use.</source>
        <translation>Atribua os certificados importados anteriormente aos seus usos (Default, WebServicesInternal, WebServicesExternal; OAuthTokenIssuer uma vez por implantação; Servidor de Borda: usos interno e externo). O Get-CsCertificate deve listar todos os usos.</translation>
    </message>
    <message>
        <source>Step 4: Start Services</source>
        <translation>Step 4: Start Services (iniciar serviços)</translation>
    </message>
    <message>
        <source>Start the Lync services on this server.</source>
        <translation>Inicie os serviços do Lync neste servidor.</translation>
    </message>
    <message>
        <source>Every Lync service on this server is running.</source>
        <translation>Todos os serviços do Lync neste servidor estão em execução.</translation>
    </message>
    <message>
        <source>Stop the Front End services of %1</source>
        <translation>Parar os serviços de Front-End de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import-CsUserData needs the Front End service (RTCSRV) stopped on every Front End Server of the pool (%n servers).</source>
        <translation>
            <numerusform>O Import-CsUserData exige que o serviço de Front-End (RTCSRV) esteja parado em todos os Servidores Front-End do pool (%n servidor).</numerusform>
            <numerusform>O Import-CsUserData exige que o serviço de Front-End (RTCSRV) esteja parado em todos os Servidores Front-End do pool (%n servidores).</numerusform>
        </translation>
    </message>
    <message>
        <source>RTCSRV is stopped on every Front End Server of the pool.</source>
        <translation>O RTCSRV está parado em todos os Servidores Front-End do pool.</translation>
    </message>
    <message>
        <source>Import the user data of %1</source>
        <translation>Importar os dados de usuário de %1</translation>
    </message>
    <message>
        <source>Start the Front End services of %1</source>
        <translation>Iniciar os serviços de Front-End de %1</translation>
    </message>
    <message>
        <source>Start the services on every Front End Server of the pool together. If the whole pool was rebuilt and it does not start, reset its registrar state (quorum loss).</source>
        <translation>Inicie os serviços em todos os Servidores Front-End do pool ao mesmo tempo. Se o pool inteiro foi recriado e não inicia, redefina o estado do registrador dele (perda de quorum).</translation>
    </message>
    <message>
        <source>RTCSRV runs on every Front End Server of the pool.</source>
        <translation>O RTCSRV está em execução em todos os Servidores Front-End do pool.</translation>
    </message>
    <message>
        <source>Import the E9-1-1 location information</source>
        <translation>Importar a configuração do Serviço de Informações de Local (E9-1-1)</translation>
    </message>
    <message>
        <source>Publish the E9-1-1 location information</source>
        <translation>Publicar a configuração do Serviço de Informações de Local (E9-1-1)</translation>
    </message>
    <message>
        <source>Without Publish-CsLisConfiguration the imported locations are not published (the Microsoft topic omits this command).</source>
        <translation>Sem o Publish-CsLisConfiguration, os locais importados não são publicados (o tópico da Microsoft omite este comando).</translation>
    </message>
    <message>
        <source>Import the Response Group configuration of %1</source>
        <translation>Importar a configuração do Grupo de Resposta de %1</translation>
    </message>
    <message>
        <source>Restore the database %1</source>
        <translation>Restaurar o banco de dados %1</translation>
    </message>
    <message>
        <source>Check the recovered server</source>
        <translation>Verificar o servidor recuperado</translation>
    </message>
    <message>
        <source>Check the services, the databases and a sign-in with a test user. Compare Get-CsServerVersion with the other servers: a cumulative update missing here needs Install-CsDatabase -Update.</source>
        <translation>Verifique os serviços, os bancos de dados e se um usuário de teste consegue entrar. Compare o Get-CsServerVersion com o dos outros servidores: se faltar aqui uma atualização cumulativa, execute Install-CsDatabase -Update.</translation>
    </message>
    <message>
        <source>Restoring the server hosting the Central Management store</source>
        <translation>Restaurando o servidor que hospeda o Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Restoring a Standard Edition server</source>
        <translation>Restaurando um servidor Standard Edition</translation>
    </message>
    <message>
        <source>Restoring an Enterprise Edition back end server</source>
        <translation>Restaurando um Servidor Back-End Enterprise Edition</translation>
    </message>
    <message>
        <source>Restoring an Enterprise Edition member server</source>
        <translation>Restaurando um servidor membro Enterprise Edition</translation>
    </message>
    <message>
        <source>Restoring a file store</source>
        <translation>Restaurando um repositório de arquivos</translation>
    </message>
    <message>
        <source>Restoring monitoring or archiving data</source>
        <translation>Restaurando dados de Monitoramento ou Arquivamento</translation>
    </message>
    <message>
        <source>Restoring Persistent Chat data</source>
        <translation>Restaurando dados do Chat Persistente</translation>
    </message>
    <message>
        <source>checked here</source>
        <translation>verificação feita aqui</translation>
    </message>
    <message>
        <source>restored here</source>
        <translation>restauração feita aqui</translation>
    </message>
    <message>
        <source>Lync Server Management Shell</source>
        <translation>Shell de Gerenciamento do Lync Server</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Restore %1 from the set to %2, where it was backed up from, onto a clean target (one that holds no data), then verify what was written against the set. Check that this is the right place before running it; --target chooses another.</source>
        <translation>Restaure o item %1 do conjunto em %2, de onde foi feito o backup, em um destino limpo (que não contenha dados) e depois confira com o conjunto o que foi gravado. Confirme que este é o lugar certo antes de executar; --target escolhe outro destino.</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>Verified on the wizard&apos;s Backup set page.</source>
        <translation>Verificado na página Conjunto de backup do assistente.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>não executado</translation>
    </message>
    <message>
        <source>The set has no item named &quot;%1&quot;. Its items are: %2.</source>
        <translation>O conjunto não tem nenhum item chamado &quot;%1&quot;. Seus itens são: %2.</translation>
    </message>
    <message>
        <source>A target is given for &quot;%1&quot;, but the set has no such item. Its items are: %2.</source>
        <translation>Foi informado um destino para &quot;%1&quot;, mas o conjunto não tem esse item. Seus itens são: %2.</translation>
    </message>
    <message>
        <source>Reading the set</source>
        <translation>Lendo o conjunto</translation>
    </message>
    <message>
        <source>Checking this computer against the backup</source>
        <translation>Comparando este computador com o backup</translation>
    </message>
    <message>
        <source>Not run: a required check failed.</source>
        <translation>Não executado: uma verificação obrigatória falhou.</translation>
    </message>
    <message>
        <source>Verifying the set</source>
        <translation>Verificando o conjunto</translation>
    </message>
    <message>
        <source>Restoring %1 to %2</source>
        <translation>Restaurando %1 em %2</translation>
    </message>
    <message>
        <source>This item failed during the backup; the set holds no data for it. Restore it from an earlier set.</source>
        <translation>Este item falhou durante o backup; o conjunto não contém dados dele. Restaure-o de um conjunto anterior.</translation>
    </message>
    <message>
        <source>This version cannot restore items of kind &quot;%1&quot;.</source>
        <translation>Esta versão não pode restaurar itens do tipo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The set is damaged for this item: %1. Restore it from another set.</source>
        <translation>Os dados deste item no conjunto estão danificados: %1. Restaure-o de outro conjunto.</translation>
    </message>
    <message>
        <source>%1 needs %2, but only %3 are free there. Free some space and run the restore again.</source>
        <translation>%1 precisa de %2, mas só há %3 livres nesse local. Libere espaço e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>The restored data does not match the backup: %1. Check the target.</source>
        <translation>Os dados restaurados não conferem com o backup: %1. Verifique o destino.</translation>
    </message>
    <message>
        <source>The set keeps its deployment&apos;s topology: say which of its machines this computer replaces with --server FQDN. The machines are: %1.</source>
        <translation>O conjunto inclui a topologia da implantação: indique com --server FQDN qual das máquinas dela este computador substitui. As máquinas são: %1.</translation>
    </message>
    <message>
        <source>The set records &quot;%1&quot; as the place this item was backed up from, which is not a full path, and a restore never resolves it against the folder it runs in. Say where to restore it with --target %2=PATH.</source>
        <translation>O conjunto registra &quot;%1&quot; como o local de onde foi feito o backup deste item, mas esse não é um caminho completo, e uma restauração nunca o resolve em relação à pasta em que é executada. Indique onde restaurá-lo com --target %2=PATH.</translation>
    </message>
    <message>
        <source>The set says this database was on %1, but a restore connects only to a server you name, so that a set cannot choose where this computer connects or which password it sends. Name the server with --connection %2=%3 (and --password-env %2=VARIABLE when it needs a password) or with --plan and your plan file, or in the wizard&apos;s server fields of this step.</source>
        <translation>O conjunto indica que este banco de dados estava em %1, mas uma restauração só se conecta a um servidor indicado explicitamente, para que um conjunto não possa escolher a que servidor este computador se conecta nem qual senha ele envia. Indique o servidor com --connection %2=%3 (e --password-env %2=VARIABLE, se ele exigir uma senha), com --plan e o seu arquivo de plano, ou nos campos de servidor desta etapa no assistente.</translation>
    </message>
    <message>
        <source>The set records no database name for this item. Say which database to restore it into with --target %1=DATABASE.</source>
        <translation>O conjunto não registra nenhum nome de banco de dados para este item. Indique com --target %1=DATABASE em qual banco de dados restaurá-lo.</translation>
    </message>
    <message>
        <source>The set&apos;s file list holds %1 files for this item, but its manifest counts %2: the set is damaged or was edited. Restore it from another set.</source>
        <translation>A lista de arquivos do conjunto tem %1 arquivos para este item, mas o manifesto dele conta %2: o conjunto está danificado ou foi editado. Restaure-o de outro conjunto.</translation>
    </message>
    <message>
        <source>The set&apos;s own description is damaged: %1. It says which data belongs to which item, so nothing was restored. Restore from another set, or run lync-backup verify on this one for details.</source>
        <translation>A descrição do próprio conjunto está danificada: %1. É ela que diz quais dados pertencem a cada item; por isso, nada foi restaurado. Restaure de outro conjunto ou execute lync-backup verify neste para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>RestoreSettings</name>
    <message>
        <source>--connection names %1, but the set has no database item that connects to a server: leave out --connection.</source>
        <translation>--connection indica %1, mas o conjunto não tem nenhum item de banco de dados que se conecte a um servidor: omita --connection.</translation>
    </message>
    <message>
        <source>--connection names %1, but the set has no database item of that name. Its database items are: %2.</source>
        <translation>--connection indica %1, mas o conjunto não tem nenhum item de banco de dados com esse nome. Seus itens de banco de dados são: %2.</translation>
    </message>
    <message>
        <source>--password-env names %1, but no --connection or --plan gives its server. Name the server with --connection %1=%2 as well.</source>
        <translation>--password-env indica %1, mas nenhum --connection ou --plan informa o servidor desse item. Indique também o servidor com --connection %1=%2.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set. Set it to the password, or leave out --password-env.</source>
        <translation>A variável de ambiente %1 (--password-env) não está definida. Defina-a com a senha ou omita --password-env.</translation>
    </message>
    <message>
        <source>The set was taken on %1. These items have no --target, so they go back to the places the set recorded:</source>
        <translation>O conjunto foi criado no computador %1. Estes itens não têm --target; por isso, voltam para os locais registrados no conjunto:</translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation>banco de dados %1 em %2</translation>
    </message>
    <message>
        <source>There is no terminal to confirm these places on. Give --yes to restore there, or --target NAME=PATH for each item to restore it elsewhere.</source>
        <translation>Não há nenhum terminal em que confirmar estes locais. Informe --yes para restaurar neles, ou --target NAME=PATH para cada item que deva ser restaurado em outro lugar.</translation>
    </message>
    <message>
        <source>Restore to these places? Type &quot;yes&quot; to go on: </source>
        <translation>Restaurar nestes locais? Digite &quot;sim&quot; para continuar: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Nothing was restored. Give --target NAME=PATH to restore an item elsewhere.</source>
        <translation>Nada foi restaurado. Informe --target NAME=PATH para restaurar um item em outro lugar.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>last %1</source>
        <translation>últimos %1</translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation>diários %1</translation>
    </message>
    <message>
        <source>weekly %1</source>
        <translation>semanais %1</translation>
    </message>
    <message>
        <source>monthly %1</source>
        <translation>mensais %1</translation>
    </message>
    <message>
        <source>every set</source>
        <translation>todos os conjuntos</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front End (user services)</source>
        <translation>Front-End (serviços de usuário)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrador</translation>
    </message>
    <message>
        <source>Back End (user store)</source>
        <translation>Back-End (repositório de usuários)</translation>
    </message>
    <message>
        <source>File store</source>
        <translation>Repositório de arquivos</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Serviços Web</translation>
    </message>
    <message>
        <source>Conferencing</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Servidor de aplicativos</translation>
    </message>
    <message>
        <source>Application store</source>
        <translation>Repositório de aplicativos</translation>
    </message>
    <message>
        <source>Central Management Server</source>
        <translation>Servidor de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Central Management store</source>
        <translation>Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Archiving store</source>
        <translation>Repositório de Arquivamento</translation>
    </message>
    <message>
        <source>Monitoring store</source>
        <translation>Repositório de Monitoramento</translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation>Chat Persistente</translation>
    </message>
    <message>
        <source>Persistent Chat store</source>
        <translation>Repositório do Chat Persistente</translation>
    </message>
    <message>
        <source>Edge Server</source>
        <translation>Servidor de Borda</translation>
    </message>
    <message>
        <source>Mediation Server</source>
        <translation>Servidor de Mediação</translation>
    </message>
    <message>
        <source>Management services</source>
        <translation>Serviços de gerenciamento</translation>
    </message>
    <message>
        <source>Office Web Apps Server</source>
        <translation>Office Web Apps Server</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Arquivamento</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Diretor</translation>
    </message>
    <message>
        <source>PSTN gateway</source>
        <translation>Gateway PSTN</translation>
    </message>
    <message>
        <source>Trusted application pool</source>
        <translation>Pool de aplicativos confiáveis</translation>
    </message>
    <message>
        <source>External server</source>
        <translation>Servidor externo</translation>
    </message>
</context>
<context>
    <name>RunNotification</name>
    <message>
        <source>succeeded</source>
        <translation>bem-sucedido</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>concluído com erros</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>[Lync Backup] %1: backup &quot;%2&quot; on %3</source>
        <translation>[Lync Backup] %1: backup &quot;%2&quot; em %3</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; on %2 %3.</source>
        <translation>O backup &quot;%1&quot; em %2: %3.</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Conjunto: %1</translation>
    </message>
    <message>
        <source>Left incomplete (never used for a restore): %1</source>
        <translation>Ficou incompleto (nunca é usado em uma restauração): %1</translation>
    </message>
    <message>
        <source>Verified: every file matches.</source>
        <translation>Verificado: todos os arquivos conferem.</translation>
    </message>
    <message>
        <source>Verification found problems.</source>
        <translation>A verificação encontrou problemas.</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erros:</translation>
    </message>
    <message>
        <source>  ... and %1 more (see backup.log in the set).</source>
        <translation>  ... e mais %1 (veja o backup.log no conjunto).</translation>
    </message>
    <message>
        <source>Sent by Lync Backup Wizard (lync-backup status shows the location at a glance).</source>
        <translation>Enviado pelo Assistente de Backup do Lync (lync-backup status mostra a situação do local).</translation>
    </message>
    <message>
        <source>The SMTP password variable %1 is not set for this run.</source>
        <translation>A variável de senha SMTP %1 não está definida para esta execução.</translation>
    </message>
    <message>
        <source>The SMTP password file %1 can be read by other accounts; make it readable by its owner only (chmod 600).</source>
        <translation>O arquivo de senha SMTP %1 pode ser lido por outras contas; deixe-o legível apenas pelo dono (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the SMTP password file %1: %2</source>
        <translation>Não é possível ler o arquivo de senha SMTP %1: %2</translation>
    </message>
    <message>
        <source>The report could not be mailed: %1</source>
        <translation>Não foi possível enviar o relatório por e-mail: %1</translation>
    </message>
    <message>
        <source>The onFailure command failed: %1</source>
        <translation>O comando onFailure falhou: %1</translation>
    </message>
    <message>
        <source>Copied to: %1</source>
        <translation>Copiado para: %1</translation>
    </message>
    <message>
        <source>Not verified: the run was stopped after the set was committed. Verify the set with lync-backup verify.</source>
        <translation>Não verificado: a execução foi interrompida depois que o conjunto foi concluído. Verifique o conjunto com lync-backup verify.</translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <source>Addresses at backup time</source>
        <translation>Endereços no momento do backup</translation>
    </message>
    <message>
        <source>SQL Server instances</source>
        <translation>Instâncias do SQL Server</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>não resolvido</translation>
    </message>
    <message>
        <source>Recovering %1</source>
        <translation>Recuperando %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s procedures: %1</source>
        <translation>Procedimentos da Microsoft: %1</translation>
    </message>
    <message>
        <source>Complete when: %1</source>
        <translation>Concluída quando: %1</translation>
    </message>
    <message>
        <source>Recovery runbook: %1</source>
        <translation>Roteiro de recuperação: %1</translation>
    </message>
    <message>
        <source>Recovery runbook of backup set %1</source>
        <translation>Roteiro de recuperação do conjunto de backup %1</translation>
    </message>
    <message>
        <source>Taken %1 on %2 by Lync Backup Wizard %3. Topology: %4.</source>
        <translation>Criado em %1, no computador %2, pelo Assistente de Backup do Lync %3. Topologia: %4.</translation>
    </message>
    <message>
        <source>The commands below assume the set at %1. If the backup share is reached by another path, use that path instead. Rebuild each server with the same FQDN, domain, DNS records, SQL Server instance names and file share paths as listed here.</source>
        <translation>Os comandos abaixo pressupõem que o conjunto esteja em %1. Se o compartilhamento de backup for acessado por outro caminho, use esse caminho. Recrie cada servidor com o mesmo FQDN, domínio, registros DNS, nomes de instância do SQL Server e caminhos de compartilhamento de arquivos listados aqui.</translation>
    </message>
    <message>
        <source>The deployment</source>
        <translation>A implantação</translation>
    </message>
    <message>
        <source>File shares</source>
        <translation>Compartilhamentos de arquivos</translation>
    </message>
    <message>
        <source>Items in this set</source>
        <translation>Itens deste conjunto</translation>
    </message>
</context>
<context>
    <name>SampleDeployment</name>
    <message>
        <source>Cannot create the sample database %1.</source>
        <translation>Não é possível criar o banco de dados de exemplo %1.</translation>
    </message>
    <message>
        <source>Cannot fill the sample database %1: %2</source>
        <translation>Não é possível preencher o banco de dados de exemplo %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the sample file %1: %2</source>
        <translation>Não é possível gravar o arquivo de exemplo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new or empty folder for the sample deployment.</source>
        <translation>%1 não está vazio. Escolha uma pasta nova ou vazia para a implantação de exemplo.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the permissions of its parent folder.</source>
        <translation>Não é possível criar %1. Verifique as permissões da pasta pai.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>every day at %1</source>
        <translation>todos os dias às %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>The schedule has no valid time of day (HH:MM).</source>
        <translation>O agendamento não tem um horário válido (HH:MM).</translation>
    </message>
    <message>
        <source>The schedule names an unknown day: %1</source>
        <translation>O agendamento indica um dia desconhecido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; use mon, tue, wed, thu, fri, sat or sun, separated by commas.</source>
        <translation>&quot;%1&quot; não é um dia; use mon, tue, wed, thu, fri, sat ou sun, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Name at least one day: mon, tue, wed, thu, fri, sat or sun, separated by commas.</source>
        <translation>Indique pelo menos um dia: mon, tue, wed, thu, fri, sat ou sun, separados por vírgulas.</translation>
    </message>
</context>
<context>
    <name>ScheduleInstaller</name>
    <message>
        <source>Cannot create the backup location %1.</source>
        <translation>Não é possível criar o local de backup %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the units.</source>
        <translation>Não é possível criar a pasta %1 para as unidades do systemd.</translation>
    </message>
    <message>
        <source>The units were written to %1, but systemd did not take them: %2
Is systemd running on this machine? Enable them with: systemctl %3enable --now %4</source>
        <translation>As unidades foram gravadas em %1, mas o systemd não as aceitou: %2
O systemd está em execução nesta máquina? Habilite-as com: systemctl %3enable --now %4</translation>
    </message>
    <message>
        <source>These are your own units: they run while you are logged in. To run them at night without a session, run once: loginctl enable-linger %1</source>
        <translation>Estas são unidades do systemd do seu usuário: elas só são executadas enquanto você tem uma sessão aberta. Para executá-las à noite sem uma sessão, execute uma vez: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Cannot remove %1; remove it by hand.</source>
        <translation>Não é possível remover %1; remova-o manualmente.</translation>
    </message>
    <message>
        <source>No schedule is installed for %1 (%2: %3).</source>
        <translation>Nenhum agendamento está instalado para %1 (%2: %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>&quot;%1&quot; is not a connection: write it as %2, for example %3.</source>
        <translation>&quot;%1&quot; não é uma conexão válida: use o formato %2, por exemplo %3.</translation>
    </message>
    <message>
        <source>Items of kind &quot;%1&quot; connect to no server: give no connection for them.</source>
        <translation>Itens do tipo &quot;%1&quot; não se conectam a nenhum servidor: não informe nenhuma conexão para eles.</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>servidor local</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>server hosting the Central Management store</source>
        <translation>servidor que hospeda o Repositório de Gerenciamento Central</translation>
    </message>
    <message>
        <source>Standard Edition server</source>
        <translation>servidor Standard Edition</translation>
    </message>
    <message>
        <source>Enterprise Edition Back End Server (SQL Server)</source>
        <translation>Servidor Back-End Enterprise Edition (SQL Server)</translation>
    </message>
    <message>
        <source>Enterprise Edition Front End Server</source>
        <translation>Servidor Front-End Enterprise Edition</translation>
    </message>
    <message>
        <source>SQL Server for Archiving or Monitoring</source>
        <translation>SQL Server para Arquivamento ou Monitoramento</translation>
    </message>
    <message>
        <source>SQL Server for Persistent Chat</source>
        <translation>SQL Server para Chat Persistente</translation>
    </message>
    <message>
        <source>file server (Lync file store)</source>
        <translation>servidor de arquivos (repositório de arquivos do Lync)</translation>
    </message>
    <message>
        <source>Persistent Chat Front End Server</source>
        <translation>Servidor Front-End de Chat Persistente</translation>
    </message>
    <message>
        <source>Edge Server</source>
        <translation>Servidor de Borda</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Diretor</translation>
    </message>
    <message>
        <source>Mediation Server</source>
        <translation>Servidor de Mediação</translation>
    </message>
    <message>
        <source>server with no role this version knows</source>
        <translation>servidor sem nenhuma função conhecida por esta versão</translation>
    </message>
    <message>
        <source>%1 is not a machine of the set&apos;s topology. Its machines are: %2.</source>
        <translation>%1 não é uma máquina da topologia do conjunto. As máquinas dela são: %2.</translation>
    </message>
</context>
<context>
    <name>SetLayout</name>
    <message>
        <source>%1 is not a regular file; the set may have been tampered with.</source>
        <translation>%1 não é um arquivo comum; o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>%1 is implausibly large (%2 bytes); the set may have been tampered with.</source>
        <translation>%1 tem um tamanho implausível (%2 bytes); o conjunto pode ter sido adulterado.</translation>
    </message>
    <message>
        <source>%1 is not a text file; the set may have been damaged or tampered with.</source>
        <translation>%1 não é um arquivo de texto; o conjunto pode ter sido danificado ou adulterado.</translation>
    </message>
</context>
<context>
    <name>SetPath</name>
    <message>
        <source>the path is empty</source>
        <translation>o caminho está vazio</translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation>o caminho tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>o caminho é absoluto</translation>
    </message>
    <message>
        <source>the path names a drive</source>
        <translation>o caminho indica uma unidade</translation>
    </message>
    <message>
        <source>the path has an empty component</source>
        <translation>o caminho tem um componente vazio</translation>
    </message>
    <message>
        <source>the path contains &quot;%1&quot;</source>
        <translation>o caminho contém &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>o caminho contém um caractere NUL</translation>
    </message>
    <message>
        <source>the name %1 holds a character Windows does not allow in names</source>
        <translation>o nome %1 contém um caractere que o Windows não permite em nomes</translation>
    </message>
    <message>
        <source>the name %1 ends with a dot or a space, which Windows drops</source>
        <translation>o nome %1 termina com um ponto ou um espaço, que o Windows descarta</translation>
    </message>
</context>
<context>
    <name>SetTopology</name>
    <message>
        <source>The topology in %1 does not match its digest in the manifest; the set is damaged. Use another set.</source>
        <translation>A topologia em %1 não confere com o hash indicado no manifesto; o conjunto está danificado. Use outro conjunto.</translation>
    </message>
    <message>
        <source>The set %1 keeps no topology: it was taken by an older version or from a plan without one, so no recovery plan can be made from it. Restore its items with restore and check, and take new backups from a plan made with plan --from-topology.</source>
        <translation>O conjunto %1 não inclui uma topologia: foi criado por uma versão anterior ou a partir de um plano sem topologia, portanto não é possível montar um plano de recuperação com ele. Restaure os itens com restore e check, e faça novos backups a partir de um plano criado com plan --from-topology.</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Sha256Sums</name>
    <message>
        <source>SHA256SUMS line %1 is not in the format &quot;&lt;digest&gt;  &lt;file&gt;&quot;.</source>
        <translation>A linha %1 do SHA256SUMS não está no formato &quot;&lt;hash&gt;  &lt;arquivo&gt;&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the set may have been tampered with.</source>
        <translation>%1 não é um arquivo comum; o conjunto pode ter sido adulterado.</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>TLS connection to %1:%2 failed: %3</source>
        <translation>A conexão TLS com %1:%2 falhou: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Não é possível conectar a %1:%2: %3</translation>
    </message>
    <message>
        <source>STARTTLS with %1 failed: %2</source>
        <translation>O STARTTLS com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 refused the login of %2: %3 %4</source>
        <translation>%1 recusou o login de %2: %3 %4</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 to %4</source>
        <translation>%1 respondeu %2 %3 a %4</translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 respondeu %2 %3</translation>
    </message>
    <message>
        <source>%1 sent a reply too long to be SMTP.</source>
        <translation>%1 enviou uma resposta longa demais para ser SMTP.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 não respondeu: %2</translation>
    </message>
    <message>
        <source>%1 does not speak SMTP.</source>
        <translation>%1 não usa o protocolo SMTP.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>%1 in the set does not match its manifest entry; the set is damaged.</source>
        <translation>%1 no conjunto não confere com sua entrada no manifesto; o conjunto está danificado.</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>O driver SQL do Qt %1 não está instalado.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the server name, that it accepts connections, and the account&apos;s permissions.</source>
        <translation>Não é possível conectar a %1: %2. Verifique o nome do servidor, se ele aceita conexões e as permissões da conta.</translation>
    </message>
    <message>
        <source>The query returned no rows.</source>
        <translation>A consulta não retornou linhas.</translation>
    </message>
</context>
<context>
    <name>SqlServerSource</name>
    <message>
        <source>SQL Server on %1 writes the backup file itself, but %2 is a local path of this computer: it would land on %1&apos;s own disk. Use a UNC path (\\server\share) that the SQL Server service account can write to as the backup location.</source>
        <translation>O SQL Server em %1 grava o arquivo de backup por conta própria, mas %2 é um caminho local deste computador: o arquivo iria parar no disco de %1. Use como local de backup um caminho UNC (\\servidor\compartilhamento) em que a conta de serviço do SQL Server possa gravar.</translation>
    </message>
    <message>
        <source>The Qt ODBC driver (QODBC) is not installed, so SQL Server cannot be reached. Install it (Debian: libqt6sql6-odbc) and the Microsoft ODBC Driver for SQL Server.</source>
        <translation>O driver ODBC do Qt (QODBC) não está instalado; portanto, o SQL Server não pode ser acessado. Instale-o (Debian: libqt6sql6-odbc) e o Microsoft ODBC Driver for SQL Server.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup.</translation>
    </message>
    <message>
        <source>BACKUP DATABASE of %1 failed: %2</source>
        <translation>O BACKUP DATABASE de %1 falhou: %2</translation>
    </message>
    <message>
        <source>RESTORE VERIFYONLY of %1 failed: %2</source>
        <translation>O RESTORE VERIFYONLY de %1 falhou: %2</translation>
    </message>
    <message>
        <source>The query returned no rows.</source>
        <translation>A consulta não retornou linhas.</translation>
    </message>
    <message>
        <source>The backup lists no files.</source>
        <translation>O backup não lista nenhum arquivo.</translation>
    </message>
    <message>
        <source>The database %1 is %2 after the restore, not ONLINE. Look in the SQL Server error log for the reason, correct it, and run the restore again.</source>
        <translation>O banco de dados %1 está %2 após a restauração, e não ONLINE. Procure o motivo no log de erros do SQL Server, corrija-o e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>Cannot check whether the database %1 holds data: %2. Check that this account can read the database, and run the restore again.</source>
        <translation>Não é possível verificar se o banco de dados %1 contém dados: %2. Verifique se esta conta pode ler o banco de dados e execute a restauração novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds data, in %n of its user tables (%2). Restore goes onto new or clean databases only (a database whose tables hold no rows, as Topology Builder or Install-CsDatabase creates it, is clean): drop it or create it afresh, and run the restore again.</source>
        <translation>
            <numerusform>O banco de dados %1 já contém dados, em %n de suas tabelas de usuário (%2). A restauração só é feita em bancos de dados novos ou limpos (um banco de dados cujas tabelas não contêm linhas, como o que o Construtor de Topologias ou o Install-CsDatabase cria, é limpo): exclua-o ou crie-o novamente e execute a restauração outra vez.</numerusform>
            <numerusform>O banco de dados %1 já contém dados, em %n de suas tabelas de usuário (%2). A restauração só é feita em bancos de dados novos ou limpos (um banco de dados cujas tabelas não contêm linhas, como o que o Construtor de Topologias ou o Install-CsDatabase cria, é limpo): exclua-o ou crie-o novamente e execute a restauração outra vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQL Server cannot read the list of files in %1: %2. Check that the SQL Server service account can read the backup set, and run the restore again.</source>
        <translation>O SQL Server não consegue ler a lista de arquivos em %1: %2. Verifique se a conta de serviço do SQL Server pode ler o conjunto de backup e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>SQL Server did not report its default data and log folders (SERVERPROPERTY(&apos;InstanceDefaultDataPath&apos;) and (&apos;InstanceDefaultLogPath&apos;), available from SQL Server 2012 on). Set the database default locations in the server&apos;s properties, or restore %1 by hand with RESTORE DATABASE ... WITH MOVE.</source>
        <translation>O SQL Server não informou suas pastas padrão de dados e de log (SERVERPROPERTY(&apos;InstanceDefaultDataPath&apos;) e (&apos;InstanceDefaultLogPath&apos;), disponíveis a partir do SQL Server 2012). Defina os locais padrão dos bancos de dados nas propriedades do servidor ou restaure %1 manualmente com RESTORE DATABASE ... WITH MOVE.</translation>
    </message>
    <message>
        <source>RESTORE DATABASE %1 failed: %2. Check that no service is using the database and that the SQL Server service account can read %3 and write to %4 and %5, then run the restore again.</source>
        <translation>O RESTORE DATABASE %1 falhou: %2. Verifique se nenhum serviço está usando o banco de dados e se a conta de serviço do SQL Server pode ler %3 e gravar em %4 e %5; depois, execute a restauração novamente.</translation>
    </message>
    <message>
        <source>Cannot check whether the database user %1 exists in %2: %3. Check it with Test-CsDatabase -ConfiguredDatabases.</source>
        <translation>Não é possível verificar se o usuário de banco de dados %1 existe em %2: %3. Verifique com Test-CsDatabase -ConfiguredDatabases.</translation>
    </message>
    <message>
        <source>The database %1 has no database user %2, so the Lync services cannot write to it. Run Install-CsDatabase for this SQL Server again (or publish the topology in Topology Builder), which creates the user in the ServerRole role, then check with Test-CsDatabase -ConfiguredDatabases.</source>
        <translation>O banco de dados %1 não tem o usuário de banco de dados %2; portanto, os serviços do Lync não podem gravar nele. Execute o Install-CsDatabase novamente para este SQL Server (ou publique a topologia no Construtor de Topologias), o que cria o usuário na função ServerRole, e depois verifique com Test-CsDatabase -ConfiguredDatabases.</translation>
    </message>
    <message>
        <source>%1: the plan names no database.</source>
        <translation>%1: o plano não indica nenhum banco de dados.</translation>
    </message>
</context>
<context>
    <name>SqliteSource</name>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 já existe; ele não é substituído.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the backup of %1: %2</source>
        <translation>Não é possível iniciar o backup de %1: %2</translation>
    </message>
    <message>
        <source>The backup of %1 did not complete: %2</source>
        <translation>O backup de %1 não foi concluído: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the copy of %1: %2</source>
        <translation>Não é possível preparar a cópia de %1: %2</translation>
    </message>
    <message>
        <source>The integrity check of the copy of %1 could not run: %2</source>
        <translation>Não foi possível executar a verificação de integridade da cópia de %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 failed its integrity check: %2. Check the source database (sqlite3 &quot;%1&quot; &quot;PRAGMA integrity_check&quot;).</source>
        <translation>A cópia de %1 falhou na verificação de integridade: %2. Verifique o banco de dados de origem (sqlite3 &quot;%1&quot; &quot;PRAGMA integrity_check&quot;).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 in the backup set.</source>
        <translation>Não é possível criar a pasta %1 no conjunto de backup.</translation>
    </message>
    <message>
        <source>%1 exists next to it (the database is in use or was not closed cleanly)</source>
        <translation>%1 existe ao lado dele (o banco de dados está em uso ou não foi fechado corretamente)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>não é um banco de dados SQLite</translation>
    </message>
    <message>
        <source>The restored copy of %1 fails its integrity check: %2</source>
        <translation>A cópia restaurada de %1 falhou na verificação de integridade: %2</translation>
    </message>
    <message>
        <source>%1 is not a clean target: %2. Restore goes onto new or clean databases only (one whose tables hold no rows is clean): move it away and run the restore again.</source>
        <translation>%1 não é um destino limpo: %2. A restauração só é feita em bancos de dados novos ou limpos (um banco de dados cujas tabelas não contêm linhas é limpo): mova-o e execute a restauração novamente.</translation>
    </message>
    <message>
        <source>the table %1 cannot be read (%2)</source>
        <translation>a tabela %1 não pode ser lida (%2)</translation>
    </message>
    <message numerus="yes">
        <source>it has rows in %n of its tables (%1)</source>
        <translation>
            <numerusform>tem linhas em %n de suas tabelas (%1)</numerusform>
            <numerusform>tem linhas em %n de suas tabelas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: table %2 has %3 rows, the backup had %4</source>
        <translation>%1: a tabela %2 tem %3 linhas, o backup tinha %4</translation>
    </message>
    <message>
        <source>%1: the database %2 does not exist. Check the path in the plan.</source>
        <translation>%1: o banco de dados %2 não existe. Verifique o caminho no plano.</translation>
    </message>
    <message>
        <source>%1: %2 is not an SQLite database.</source>
        <translation>%1: %2 não é um banco de dados SQLite.</translation>
    </message>
</context>
<context>
    <name>Staging</name>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>Não é possível substituir a pasta vazia %1.</translation>
    </message>
    <message>
        <source>%1 is in the way.</source>
        <translation>%1 já existe e impede a operação.</translation>
    </message>
</context>
<context>
    <name>StatusNotification</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>[Lync Backup] %1: backups of &quot;%2&quot; on %3</source>
        <translation>[Lync Backup] %1: backups de &quot;%2&quot; em %3</translation>
    </message>
    <message>
        <source>The backups of &quot;%1&quot; need attention (%2).</source>
        <translation>Os backups de &quot;%1&quot; precisam de atenção (%2).</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Local: %1</translation>
    </message>
    <message>
        <source>Newest good set: %1, %2 hours old.</source>
        <translation>Conjunto válido mais recente: %1, criado há %2 horas.</translation>
    </message>
    <message>
        <source>There is no good set in this location.</source>
        <translation>Não há nenhum conjunto válido neste local.</translation>
    </message>
    <message>
        <source>Check that the schedule still runs (lync-backup schedule show %1), that the location is reachable, and run a backup now.</source>
        <translation>Verifique se o agendamento ainda é executado (lync-backup schedule show %1) e se o local está acessível, e execute um backup agora.</translation>
    </message>
    <message>
        <source>Sent once by lync-backup status --notify; it writes again if this gets worse.</source>
        <translation>Enviado uma vez por lync-backup status --notify; uma nova mensagem será enviada se a situação piorar.</translation>
    </message>
    <message>
        <source>The notice could not be mailed: %1</source>
        <translation>O aviso não pôde ser enviado por e-mail: %1</translation>
    </message>
    <message>
        <source>The onFailure command failed: %1</source>
        <translation>O comando onFailure falhou: %1</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>This step is done by hand: do what it says, then mark it as done.</source>
        <translation>Esta etapa é feita manualmente: faça o que ela indica e depois marque-a como concluída.</translation>
    </message>
    <message>
        <source>PowerShell with the Lync module is not available here. Run the commands in the Lync Server Management Shell on the server, then mark the step as done.</source>
        <translation>O PowerShell com o módulo Lync não está disponível aqui. Execute os comandos no Shell de Gerenciamento do Lync Server, no servidor, e depois marque a etapa como concluída.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files (%1) match the manifest.</source>
        <translation>
            <numerusform>%Ln arquivo (%1) confere com o manifesto.</numerusform>
            <numerusform>%Ln arquivos (%1) conferem com o manifesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>The set is damaged: %1. Use another set.</source>
        <translation>O conjunto está danificado: %1. Use outro conjunto.</translation>
    </message>
    <message>
        <source>Give the certificate file to check (--certificate FILE), or mark the step as done once Get-CsCertificate shows the certificates.</source>
        <translation>Informe o arquivo de certificado a verificar (--certificate FILE) ou marque a etapa como concluída quando o Get-CsCertificate mostrar os certificados.</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>A restauração foi cancelada.</translation>
    </message>
    <message>
        <source>%1 restored to %2 and verified.</source>
        <translation>%1 restaurado em %2 e verificado.</translation>
    </message>
    <message>
        <source>The restore did not report on this item.</source>
        <translation>A restauração não informou nada sobre este item.</translation>
    </message>
    <message>
        <source>The commands ended without an error.</source>
        <translation>Os comandos terminaram sem erros.</translation>
    </message>
    <message>
        <source>The commands ran, but the check failed: %1</source>
        <translation>Os comandos foram executados, mas a verificação falhou: %1</translation>
    </message>
    <message>
        <source>Ran, and the check passed: %1</source>
        <translation>Executada; a verificação foi bem-sucedida: %1</translation>
    </message>
    <message>
        <source>This data was already restored (%1). To restore it again, move the restored data away first and mark the step as skipped, or use lync-backup restore with --target.</source>
        <translation>Estes dados já foram restaurados (%1). Para restaurá-los novamente, primeiro remova os dados restaurados e marque a etapa como ignorada, ou use lync-backup restore com --target.</translation>
    </message>
    <message>
        <source>%1 failed during the backup; the set holds no data for it. Use another set for this step.</source>
        <translation>%1 falhou durante o backup; o conjunto não contém dados dele. Use outro conjunto para esta etapa.</translation>
    </message>
    <message>
        <source>%1 does not match the manifest any more (%2). Use another set for this step.</source>
        <translation>%1 não confere mais com o manifesto (%2). Use outro conjunto para esta etapa.</translation>
    </message>
</context>
<context>
    <name>TopologyReader</name>
    <message>
        <source>Line %1: %2 is missing %3.</source>
        <translation>Linha %1: falta %3 em %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the topology is not valid XML (%3).</source>
        <translation>Linha %1, coluna %2: a topologia não é um XML válido (%3).</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is neither a published topology (&lt;Topology&gt;, from Get-CsTopology -AsXml) nor a Topology Builder file (&lt;TopologyBuilder&gt;, .tbxml).</source>
        <translation>Linha %1: &lt;%2&gt; não é uma topologia publicada (&lt;Topology&gt;, de Get-CsTopology -AsXml) nem um arquivo do Construtor de Topologias (&lt;TopologyBuilder&gt;, .tbxml).</translation>
    </message>
    <message>
        <source>role %1 (service %2)</source>
        <translation>função %1 (serviço %2)</translation>
    </message>
    <message>
        <source>Cannot open the topology %1: %2.</source>
        <translation>Não é possível abrir a topologia %1: %2.</translation>
    </message>
    <message>
        <source>Line %1: a single tag, text, comment or processing instruction is longer than %2 characters. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: uma única marca, texto, comentário ou instrução de processamento tem mais de %2 caracteres. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology contains a document type or entity declaration (&lt;!DOCTYPE ...&gt;, &lt;!ENTITY ...&gt;). Lync never writes one; the file is refused so that nothing declared in it is expanded.</source>
        <translation>Linha %1: a topologia contém uma declaração de tipo de documento ou de entidade (&lt;!DOCTYPE ...&gt;, &lt;!ENTITY ...&gt;). O Lync nunca grava declarações assim; o arquivo é recusado para que nada declarado nele seja expandido.</translation>
    </message>
    <message>
        <source>Line %1: an element has more than %2 attributes. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: um elemento tem mais de %2 atributos. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: elements are nested more than %2 deep. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: os elementos estão aninhados em mais de %2 níveis. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 XML namespace declarations are in effect at once. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: mais de %2 declarações de namespace XML estão em vigor ao mesmo tempo. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 elements describing sites, servers and services. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 elementos que descrevem sites, servidores e serviços. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: a value is longer than %2 characters. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: um valor tem mais de %2 caracteres. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the names and values kept from the topology exceed %2 MiB. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: os nomes e valores lidos da topologia excedem %2 MiB. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>The topology is encoded in %1, which this program cannot read. Save it as UTF-8 and try again.</source>
        <translation>A topologia está codificada em %1, que este programa não consegue ler. Salve-a como UTF-8 e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot read the topology: %1.</source>
        <translation>Não é possível ler a topologia: %1.</translation>
    </message>
    <message>
        <source>The topology is larger than %1 MiB. Lync does not write such topologies; the file is refused.</source>
        <translation>A topologia é maior que %1 MiB. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: %2@%3 &quot;%4&quot; is not a valid host name: a host name is made of dot-separated labels of letters, digits and hyphens (at most 63 characters each, 253 in all).</source>
        <translation>Linha %1: %2@%3 &quot;%4&quot; não é um nome de host válido: um nome de host é formado por rótulos separados por pontos, com letras, dígitos e hifens (no máximo 63 caracteres cada, 253 no total).</translation>
    </message>
    <message>
        <source>Line %1: %2@Name &quot;%3&quot; is not a valid SQL Server instance name: at most 16 letters, digits, _ or $, starting with a letter or _.</source>
        <translation>Linha %1: %2@Name &quot;%3&quot; não é um nome de instância do SQL Server válido: no máximo 16 letras, dígitos, _ ou $, começando com uma letra ou _.</translation>
    </message>
    <message>
        <source>Line %1: %2@%3 &quot;%4&quot; is not a valid share name: 1 to 80 characters, none of them a control character or \ / : * ? &quot; &lt; &gt; |, not ending in a dot or a space.</source>
        <translation>Linha %1: %2@%3 &quot;%4&quot; não é um nome de compartilhamento válido: de 1 a 80 caracteres, nenhum deles um caractere de controle ou \ / : * ? &quot; &lt; &gt; |, sem terminar em ponto ou espaço.</translation>
    </message>
    <message>
        <source>Line %1: the site name &quot;%2&quot; is longer than 256 characters or contains control characters.</source>
        <translation>Linha %1: o nome de site &quot;%2&quot; tem mais de 256 caracteres ou contém caracteres de controle.</translation>
    </message>
    <message>
        <source>Line %1: %2@IPAddress &quot;%3&quot; is not an IPv4 or IPv6 address.</source>
        <translation>Linha %1: %2@IPAddress &quot;%3&quot; não é um endereço IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>The topology has no elements.</source>
        <translation>A topologia não tem elementos.</translation>
    </message>
    <message>
        <source>Cannot open the topology %1: it does not exist.</source>
        <translation>Não é possível abrir a topologia %1: ela não existe.</translation>
    </message>
    <message>
        <source>The topology %1 is not a regular file (it is a folder, a pipe or a device); only a saved topology file can be read.</source>
        <translation>A topologia %1 não é um arquivo comum (é uma pasta, um pipe ou um dispositivo); só é possível ler um arquivo de topologia salvo.</translation>
    </message>
    <message>
        <source>The topology %1 is %2 MiB; files larger than %3 MiB are refused, as Lync writes far smaller topologies.</source>
        <translation>A topologia %1 tem %2 MiB; arquivos maiores que %3 MiB são recusados, pois o Lync grava topologias bem menores.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 sites. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 sites. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 pools and stand-alone servers. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 pools e servidores autônomos. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 machines. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 máquinas. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 SQL Server instances. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 instâncias do SQL Server. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
    <message>
        <source>Line %1: the topology has more than %2 services. Lync does not write such topologies; the file is refused.</source>
        <translation>Linha %1: a topologia tem mais de %2 serviços. O Lync não grava topologias assim; o arquivo é recusado.</translation>
    </message>
</context>
<context>
    <name>TreeWalk</name>
    <message>
        <source>the folder cannot be read</source>
        <translation>a pasta não pode ser lida</translation>
    </message>
    <message>
        <source>vanished or unreadable: %1</source>
        <translation>desapareceu ou está ilegível: %1</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>The set&apos;s own files</source>
        <translation>Arquivos do próprio conjunto</translation>
    </message>
    <message>
        <source>the set</source>
        <translation>o conjunto</translation>
    </message>
    <message>
        <source>Not verified: the verification was cancelled before it finished.</source>
        <translation>Não verificado: a verificação foi cancelada antes de terminar.</translation>
    </message>
    <message>
        <source>Cannot be checked: %1</source>
        <translation>Não é possível verificar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %Ln files (%1) match the manifest.</source>
        <translation>
            <numerusform>Íntegro: %Ln arquivo (%1) confere com o manifesto.</numerusform>
            <numerusform>Íntegro: %Ln arquivos (%1) conferem com o manifesto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DAMAGED: problems found: %Ln.</source>
        <translation>
            <numerusform>DANIFICADO: problemas encontrados: %Ln.</numerusform>
            <numerusform>DANIFICADO: problemas encontrados: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>intact</source>
        <translation>íntegro</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DANIFICADO</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Verification of backup sets in %1, %2</source>
        <translation>Verificação dos conjuntos de backup em %1, %2</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Relatório de verificação</translation>
    </message>
    <message>
        <source>Backup sets in %1, checked %2</source>
        <translation>Conjuntos de backup em %1, verificados em %2</translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inesperado</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inconsistente</translation>
    </message>
    <message>
        <source>Reading the manifest of %1</source>
        <translation>Lendo o manifesto de %1</translation>
    </message>
    <message>
        <source>reached through a symbolic link</source>
        <translation>acessado por meio de um link simbólico</translation>
    </message>
    <message>
        <source>not in the set</source>
        <translation>não está no conjunto</translation>
    </message>
    <message>
        <source>is no longer a folder</source>
        <translation>não é mais uma pasta</translation>
    </message>
    <message>
        <source>is no longer a regular file</source>
        <translation>não é mais um arquivo comum</translation>
    </message>
    <message>
        <source>listed in the manifest but not in SHA256SUMS</source>
        <translation>listado no manifesto, mas não no SHA256SUMS</translation>
    </message>
    <message>
        <source>SHA256SUMS and the manifest give different digests</source>
        <translation>O SHA256SUMS e o manifesto indicam hashes diferentes</translation>
    </message>
    <message>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>o tamanho é %1 bytes, o manifesto indica %2</translation>
    </message>
    <message>
        <source>listed in SHA256SUMS but not in the manifest</source>
        <translation>listado no SHA256SUMS, mas não no manifesto</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>não listado no manifesto</translation>
    </message>
    <message>
        <source>Checking %1 files</source>
        <translation>Verificando %1 arquivos</translation>
    </message>
    <message>
        <source>content differs from the backup (SHA-256 %1, expected %2)</source>
        <translation>o conteúdo difere do backup (SHA-256 %1, esperado %2)</translation>
    </message>
    <message>
        <source>not listed in SHA256SUMS</source>
        <translation>não listado no SHA256SUMS</translation>
    </message>
    <message>
        <source>does not match SHA256SUMS</source>
        <translation>não corresponde ao SHA256SUMS</translation>
    </message>
    <message>
        <source>belongs to no item of the manifest</source>
        <translation>não pertence a nenhum item do manifesto</translation>
    </message>
    <message>
        <source>the file list holds %1 files for the item %2, its manifest counts %3</source>
        <translation>a lista de arquivos tem %1 arquivos para o item %2; o manifesto conta %3</translation>
    </message>
</context>
<context>
    <name>VerifyLog</name>
    <message>
        <source>Cannot record the verification in %1: %2</source>
        <translation>Não é possível registrar a verificação em %1: %2</translation>
    </message>
</context>
<context>
    <name>WindowsPaths</name>
    <message>
        <source>the name %1 is a device name on Windows (such as CON, NUL or COM1), which opens the device instead of a file</source>
        <translation>o nome %1 é um nome de dispositivo no Windows (como CON, NUL ou COM1), que abre o dispositivo em vez de um arquivo</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 is not a readable ZIP file (%2).</source>
        <translation>%1 não é um arquivo ZIP legível (%2).</translation>
    </message>
</context>
<context>
    <name>lbw::ui::BackupWizard</name>
    <message>
        <source>Lync Backup Wizard</source>
        <translation>Assistente de Backup do Lync</translation>
    </message>
    <message>
        <source>Stop the backup?</source>
        <translation>Interromper o backup?</translation>
    </message>
    <message>
        <source>A backup is running. Stop it? What it wrote so far is left as a .partial folder, which is never used for a restore. The backup goes on while this question is open: if it finishes first, its set is kept.</source>
        <translation>Há um backup em execução. Deseja interrompê-lo? O que já foi gravado fica em uma pasta .partial, que nunca é usada em uma restauração. O backup continua enquanto esta pergunta estiver aberta: se ele terminar antes, o conjunto é mantido.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::CertificateField</name>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Arquivo de certificado:</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>P&amp;rocurar...</translation>
    </message>
    <message>
        <source>.pfx pass&amp;word:</source>
        <translation>&amp;Senha do .pfx:</translation>
    </message>
    <message>
        <source>The server&apos;s certificate, exported with its private key (.pfx) or as PEM/DER</source>
        <translation>O certificado do servidor, exportado com a chave privada (.pfx) ou como PEM/DER</translation>
    </message>
    <message>
        <source>Only for a .pfx file</source>
        <translation>Somente para um arquivo .pfx</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Arquivo de certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Certificados (*.pfx *.p12 *.pem *.cer *.crt *.der);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>lbw::ui::ChecksPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Pré-requisitos</translation>
    </message>
    <message>
        <source>This computer must match the server it replaces, as the backup recorded it.</source>
        <translation>Este computador deve corresponder ao servidor que ele substitui, conforme registrado no backup.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Prerequisite checks</source>
        <translation>Verificações de pré-requisitos</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <source>This computer may receive the server&apos;s data.</source>
        <translation>Este computador pode receber os dados do servidor.</translation>
    </message>
    <message>
        <source>A required check failed: fix it, then Re-check. Nothing can be restored before then.</source>
        <translation>Uma verificação obrigatória falhou: corrija o problema e clique em Verificar novamente. Nada pode ser restaurado antes disso.</translation>
    </message>
    <message>
        <source>Checked on the wizard&apos;s Prerequisites page.</source>
        <translation>Verificado na página Pré-requisitos do assistente.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::ConnectionField</name>
    <message>
        <source>Database ser&amp;ver:</source>
        <translation>Servidor de &amp;banco de dados:</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Variável de &amp;senha:</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the password</source>
        <translation>Nome da variável de ambiente que contém a senha</translation>
    </message>
    <message>
        <source>The set says this database was on %1. The restore connects only to the server you name here.</source>
        <translation>O conjunto indica que este banco de dados estava em %1. A restauração se conecta somente ao servidor indicado aqui.</translation>
    </message>
    <message>
        <source>Name the database server to restore %1 to (%2), and run the step again.</source>
        <translation>Indique o servidor de banco de dados no qual restaurar o item %1 (%2) e execute a etapa novamente.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set. Set it to the password before starting the wizard, or leave the password variable empty.</source>
        <translation>A variável de ambiente %1 não está definida. Defina-a com a senha antes de iniciar o assistente ou deixe a variável de senha em branco.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Implantação</translation>
    </message>
    <message>
        <source>Open the topology of your deployment (from Get-CsTopology -AsXml or Topology Builder), a saved plan, or try the wizard on the sample deployment.</source>
        <translation>Abra a topologia da sua implantação (de Get-CsTopology -AsXml ou do Construtor de Topologias), um plano salvo, ou experimente o assistente com a implantação de exemplo.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Abrir topologia</translation>
    </message>
    <message>
        <source>Lync topology (*.xml *.tbxml);;All files (*)</source>
        <translation>Topologia do Lync (*.xml *.tbxml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Abrir plano</translation>
    </message>
    <message>
        <source>Backup plan (*.json);;All files (*)</source>
        <translation>Plano de backup (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>central site %1</source>
        <translation>site central %1</translation>
    </message>
    <message>
        <source>branch site %1</source>
        <translation>site de filial %1</translation>
    </message>
    <message>
        <source>file store</source>
        <translation>repositório de arquivos</translation>
    </message>
    <message>
        <source>not known to this version</source>
        <translation>desconhecido nesta versão</translation>
    </message>
    <message>
        <source>Open &amp;topology…</source>
        <translation>Abrir &amp;topologia…</translation>
    </message>
    <message>
        <source>Open &amp;plan…</source>
        <translation>Abrir &amp;plano…</translation>
    </message>
    <message>
        <source>Use the &amp;sample deployment</source>
        <translation>Usar a implantação de &amp;exemplo</translation>
    </message>
</context>
<context>
    <name>lbw::ui::FinishedPage</name>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>The backup is complete and is now $backup.</source>
        <translation>O backup foi concluído e agora é o $backup.</translation>
    </message>
    <message>
        <source>The backup completed with errors. It is now $backup; see below what was missed.</source>
        <translation>O backup foi concluído com erros. Agora ele é o $backup; veja abaixo o que ficou de fora.</translation>
    </message>
    <message>
        <source>The backup completed with errors: an item failed, so $backup still points at the previous set.</source>
        <translation>O backup foi concluído com erros: um item falhou; por isso o $backup continua apontando para o conjunto anterior.</translation>
    </message>
    <message>
        <source>The backup was cancelled. The incomplete folder below is never used for a restore; delete it when you like.</source>
        <translation>O backup foi cancelado. A pasta incompleta abaixo nunca é usada em uma restauração; exclua-a quando quiser.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>O backup falhou: %1</translation>
    </message>
    <message>
        <source>The set was not verified after the backup (check it with lync-backup verify).</source>
        <translation>O conjunto não foi verificado após o backup (verifique-o com lync-backup verify).</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %Ln files match the manifest.</source>
        <translation>
            <numerusform>Verificado: %Ln arquivo confere com o manifesto.</numerusform>
            <numerusform>Verificado: %Ln arquivos conferem com o manifesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification FAILED: %1. Check the disk of the backup location and run the backup again.</source>
        <translation>A verificação FALHOU: %1. Verifique o disco do local de backup e execute o backup novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped by design)</source>
        <translation>
            <numerusform>%1 (%n ignorado intencionalmente)</numerusform>
            <numerusform>%1 (%n ignorados intencionalmente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files named Meeting.Active are locked by running meetings and are not backed up, as the Lync documents prescribe.</source>
        <translation>Os arquivos chamados Meeting.Active ficam bloqueados por reuniões em andamento e não entram no backup, como prescreve a documentação do Lync.</translation>
    </message>
    <message>
        <source>%1: fix the cause shown above, then run the backup again.</source>
        <translation>%1: corrija a causa mostrada acima e execute o backup novamente.</translation>
    </message>
    <message>
        <source>%1: the files listed above were not backed up; make them readable (or wait until they are no longer in use) and run the backup again.</source>
        <translation>%1: os arquivos listados acima não entraram no backup; torne-os legíveis (ou aguarde até que não estejam mais em uso) e execute o backup novamente.</translation>
    </message>
    <message>
        <source>The schedule (%1) was not installed: this run did not make a good set. Fix what is reported above and run the wizard again.</source>
        <translation>O agendamento (%1) não foi instalado: esta execução não gerou um conjunto válido. Corrija o que está indicado acima e execute o assistente novamente.</translation>
    </message>
    <message>
        <source>Installing the schedule (%1)…</source>
        <translation>Instalando o agendamento (%1)…</translation>
    </message>
    <message>
        <source>The schedule could not be installed: %1</source>
        <translation>Não foi possível instalar o agendamento: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1. Next run: %2. The plan is %3; lync-backup schedule show tells what is installed, lync-backup schedule remove takes it out.</source>
        <translation>Agendado: %1. Próxima execução: %2. O plano é %3; lync-backup schedule show mostra o que está instalado e lync-backup schedule remove remove o agendamento.</translation>
    </message>
    <message>
        <source>The schedule could not be installed: the program lync-backup is neither beside the wizard (%1) nor on the PATH. Install it, then run: lync-backup schedule install --plan &quot;%2&quot;</source>
        <translation>Não foi possível instalar o agendamento: o programa lync-backup não está ao lado do assistente (%1) nem no PATH. Instale-o e então execute: lync-backup schedule install --plan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Not verified: the verification was cancelled. The set is complete; check it when you like with lync-backup verify.</source>
        <translation>Não verificado: a verificação foi cancelada. O conjunto está completo; verifique-o quando quiser com lync-backup verify.</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Concluído com erros</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>Copiar ca&amp;minho</translation>
    </message>
    <message>
        <source>&amp;Delete the incomplete folder</source>
        <translation>&amp;Excluir a pasta incompleta</translation>
    </message>
    <message>
        <source>Result of each item</source>
        <translation>Resultado de cada item</translation>
    </message>
    <message>
        <source>The backup location is full</source>
        <translation>O local de backup está cheio</translation>
    </message>
    <message>
        <source>The backup failed because the backup location is full; $backup is unchanged. Delete the incomplete folder below to free the space it took, make room (or choose a larger location), then run the backup again.
%1</source>
        <translation>O backup falhou porque o local de backup está cheio; o $backup não foi alterado. Exclua a pasta incompleta abaixo para liberar o espaço que ela ocupa, libere espaço (ou escolha um local maior) e execute o backup novamente.
%1</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>Result of an item the run never reached (it was cancelled or failed before).</extracomment>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Delete the incomplete folder?</source>
        <translation>Excluir a pasta incompleta?</translation>
    </message>
    <message>
        <source>Delete %1 and everything in it? It is an unfinished run, never used for a restore; no complete set is touched.</source>
        <translation>Deseja excluir %1 e todo o seu conteúdo? É uma execução não concluída, nunca usada em uma restauração; nenhum conjunto completo é afetado.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Excluindo %1…</translation>
    </message>
    <message>
        <source>The incomplete folder was deleted; %1 were freed.</source>
        <translation>A pasta incompleta foi excluída; %1 foram liberados.</translation>
    </message>
    <message>
        <source>The incomplete folder could not be deleted: %1</source>
        <translation>Não foi possível excluir a pasta incompleta: %1</translation>
    </message>
    <message>
        <source>%1
The set can be restored all the same. Fix the cause; the next backup moves $backup (the file LATEST) forward.</source>
        <translation>%1
O conjunto pode ser restaurado mesmo assim. Corrija a causa; o próximo backup avança o $backup (o arquivo LATEST).</translation>
    </message>
</context>
<context>
    <name>lbw::ui::HistoryDialog</name>
    <message>
        <source>Open &amp;log</source>
        <translation>Abrir &amp;log</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Histórico de backups</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Runs in %1, newest first:</source>
        <translation>Execuções em %1, da mais recente para a mais antiga:</translation>
    </message>
    <message>
        <source>Reading the location…</source>
        <translation>Lendo o local…</translation>
    </message>
    <message>
        <source>unfinished: never used for a restore</source>
        <translation>não concluída: nunca é usada em uma restauração</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>concluído com erros</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Complete sets: %1. Unfinished runs: %2.</source>
        <translation>Conjuntos completos: %1. Execuções não concluídas: %2.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::ItemsPage</name>
    <message>
        <source>SQLite online backup</source>
        <translation>backup online do SQLite</translation>
    </message>
    <message>
        <source>pg_dump</source>
        <translation>pg_dump</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>O que incluir no backup</translation>
    </message>
    <message>
        <source>The items the Lync documents call for, grouped by pool and server. Required items are always backed up; leave out what your retention policy does not need.</source>
        <translation>Os itens exigidos pela documentação do Lync, agrupados por pool e servidor. Os itens obrigatórios sempre entram no backup; deixe de fora o que sua política de retenção não exige.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>Exigência</translation>
    </message>
    <message>
        <source>The Lync documents require this item for a recovery; it is always backed up.</source>
        <translation>A documentação do Lync exige este item para uma recuperação; ele sempre entra no backup.</translation>
    </message>
    <message>
        <source>Deployment-wide</source>
        <translation>Toda a implantação</translation>
    </message>
    <message>
        <source>measured during the backup</source>
        <translation>medido durante o backup</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation>
            <numerusform>%n item selecionado.</numerusform>
            <numerusform>%n itens selecionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>não pode ser executado</translation>
    </message>
    <message>
        <source>None of the selected items can run on this computer: see why below.</source>
        <translation>Nenhum dos itens selecionados pode ser executado neste computador: veja o motivo abaixo.</translation>
    </message>
    <message>
        <source>Why items cannot run</source>
        <translation>Por que alguns itens não podem ser executados</translation>
    </message>
</context>
<context>
    <name>lbw::ui::LocationPage</name>
    <message>
        <source>Not on a server of the topology</source>
        <translation>Fora dos servidores da topologia</translation>
    </message>
    <message>
        <source>No topology was opened; make sure the location is on a computer that belongs to no pool.</source>
        <translation>Nenhuma topologia foi aberta; verifique se o local está em um computador que não pertence a nenhum pool.</translation>
    </message>
    <message>
        <source>%1 is a server of the topology (%2). Put the backup location on a stand-alone computer that belongs to no pool: if this server fails, its backups must survive.</source>
        <translation>%1 é um servidor da topologia (%2). Coloque o local de backup em um computador autônomo que não pertença a nenhum pool: se este servidor falhar, os backups dele precisam continuar disponíveis.</translation>
    </message>
    <message>
        <source>%1 is not a server of the topology.</source>
        <translation>%1 não é um servidor da topologia.</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Local de backup</translation>
    </message>
    <message>
        <source>Choose the shared folder that receives the backups: on a stand-alone computer, reachable by the account that runs the backup. Every run creates a new folder in it.</source>
        <translation>Escolha a pasta compartilhada que recebe os backups: em um computador autônomo, acessível pela conta que executa o backup. Cada execução cria uma nova pasta nela.</translation>
    </message>
    <message>
        <source>\\backupserver\lyncbackup or a local folder</source>
        <translation>\\servidordebackup\lyncbackup ou uma pasta local</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>This run will create %1 ($backup once it is complete).</source>
        <translation>Esta execução criará %1 (que passará a ser o $backup ao final da execução).</translation>
    </message>
    <message>
        <source>Fix the checks marked in red to go on.</source>
        <translation>Corrija as verificações marcadas em vermelho para continuar.</translation>
    </message>
    <message>
        <source>Backup &amp;location:</source>
        <translation>&amp;Local de backup:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Checks of the location</source>
        <translation>Verificações do local</translation>
    </message>
    <message>
        <source>Checking the location…</source>
        <translation>Verificando o local…</translation>
    </message>
</context>
<context>
    <name>lbw::ui::ProgressPage</name>
    <message>
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <source>The backup runs in the background; this window stays usable.</source>
        <translation>O backup é executado em segundo plano; você pode continuar usando esta janela.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>The backup log appears here.</source>
        <translation>O log do backup aparece aqui.</translation>
    </message>
    <message>
        <source>Cancel the backup?</source>
        <translation>Cancelar o backup?</translation>
    </message>
    <message>
        <source>%1 in %2 files, backed up in %3</source>
        <translation>%1 em %2 arquivos; backup concluído em %3</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>O backup foi concluído.</translation>
    </message>
    <message>
        <source>The backup completed with errors; see the next page.</source>
        <translation>O backup foi concluído com erros; veja a próxima página.</translation>
    </message>
    <message>
        <source>Cancelled. Only an incomplete .partial folder was left.</source>
        <translation>Cancelado. Ficou apenas uma pasta .partial incompleta.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>O backup falhou: %1</translation>
    </message>
    <message>
        <source>Stop the backup now? What it wrote so far is left as a .partial folder, which is never used for a restore. The backup goes on while this question is open: if it finishes first, its set is kept.</source>
        <translation>Interromper o backup agora? O que já foi gravado fica em uma pasta .partial, que nunca é usada em uma restauração. O backup continua enquanto esta pergunta estiver aberta: se ele terminar antes, o conjunto é mantido.</translation>
    </message>
    <message>
        <source>Cancel the &amp;backup</source>
        <translation>Cancelar o &amp;backup</translation>
    </message>
    <message>
        <source>Items of the backup</source>
        <translation>Itens do backup</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message>
        <source>Backup log</source>
        <translation>Log do backup</translation>
    </message>
    <message>
        <source>Cancelling: the run stops at the next file.</source>
        <translation>Cancelando: a execução para no próximo arquivo.</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progresso: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of an item (or of the verification) that has not started yet, in the run&apos;s list.</extracomment>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Verify the new set</source>
        <translation>Verificar o novo conjunto</translation>
    </message>
    <message>
        <source>Copy the set to %1</source>
        <translation>Copiar o conjunto para %1</translation>
    </message>
    <message>
        <source>Measuring the data to back up…</source>
        <translation>Medindo os dados para o backup…</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Status of the item being backed up now.</extracomment>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>Status of an item the run never reached (it was cancelled or failed before).</extracomment>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>The wizard&apos;s Cancel button once the run has ended: it closes the window.</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Not verified (cancelled)</source>
        <translation>Não verificado (cancelado)</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Status of the verification of the new set (the set is masculine in pt-BR: o conjunto).</extracomment>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Falha na verificação</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Status of the copy of the set to the second location.</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Stop now? The new set is already complete and is kept; only the verification or the copy to the second location stops.</source>
        <translation>Interromper agora? O novo conjunto já está completo e é mantido; somente a verificação ou a cópia para o segundo local é interrompida.</translation>
    </message>
    <message>
        <source>The backup is complete; what came after it was cancelled (see the next page).</source>
        <translation>O backup foi concluído; o que viria depois dele foi cancelado (veja a próxima página).</translation>
    </message>
</context>
<context>
    <name>lbw::ui::RecoveryFinishedPage</name>
    <message>
        <source>Recovery summary</source>
        <translation>Resumo da recuperação</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Steps and their results</source>
        <translation>Etapas e seus resultados</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Salvar relatório...</translation>
    </message>
    <message>
        <source>Save the recovery report</source>
        <translation>Salvar o relatório de recuperação</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página da Web (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>Recovery of %1 from set %2</source>
        <translation>Recuperação de %1 a partir do conjunto %2</translation>
    </message>
    <message>
        <source>Every step of the recovery of %1 is complete or not needed.</source>
        <translation>Todas as etapas da recuperação de %1 estão concluídas ou não são necessárias.</translation>
    </message>
    <message>
        <source>%1 of %2 steps of the recovery of %3 are complete or not needed. The journal keeps them: open the recovery again to go on.</source>
        <translation>%1 de %2 etapas da recuperação de %3 estão concluídas ou não são necessárias. O diário mantém esse registro: abra a recuperação novamente para continuar.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::RecoveryWizard</name>
    <message>
        <source>Lync Backup Wizard: recover a server</source>
        <translation>Assistente de Backup do Lync: recuperar um servidor</translation>
    </message>
    <message>
        <source>Stop the step?</source>
        <translation>Interromper a etapa?</translation>
    </message>
    <message>
        <source>A step is running. Stop it? A restore that is stopped leaves nothing in its target, and the journal shows the step as interrupted, to be run again.</source>
        <translation>Há uma etapa em execução. Deseja interrompê-la? Uma restauração interrompida não deixa nada no destino, e o diário mostra a etapa como interrompida, para ser executada novamente.</translation>
    </message>
    <message>
        <source>Continue the recovery?</source>
        <translation>Continuar a recuperação?</translation>
    </message>
    <message numerus="yes">
        <source>The recovery of %1 from the set %2 is not finished (%n steps done, last on %3). Continue it?

The set is verified again and every check runs again before the next step.</source>
        <translation>
            <numerusform>A recuperação de %1 a partir do conjunto %2 não foi concluída (%n etapa concluída, a última em %3). Deseja continuar?

O conjunto é verificado novamente e todas as verificações são executadas de novo antes da próxima etapa.</numerusform>
            <numerusform>A recuperação de %1 a partir do conjunto %2 não foi concluída (%n etapas concluídas, a última em %3). Deseja continuar?

O conjunto é verificado novamente e todas as verificações são executadas de novo antes da próxima etapa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lbw::ui::SchedulePage</name>
    <message>
        <source>&amp;Only now</source>
        <translation>&amp;Somente agora</translation>
    </message>
    <message>
        <source>Now, and &amp;every day at this time</source>
        <translation>Agora e &amp;todos os dias neste horário</translation>
    </message>
    <message>
        <source>Now, and on these &amp;days at this time:</source>
        <translation>Agora e nestes &amp;dias, neste horário:</translation>
    </message>
    <message>
        <source>&amp;Remove old sets after each good backup, keeping:</source>
        <translation>R&amp;emover conjuntos antigos após cada backup bem-sucedido, mantendo:</translation>
    </message>
    <message>
        <source>&amp;Save these choices as a plan file:</source>
        <translation>Sa&amp;lvar estas escolhas como um arquivo de plano:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Run this backup once, or also regularly by the system&apos;s own scheduler, without anyone at the console.</source>
        <translation>Execute este backup uma vez, ou também regularmente pelo próprio agendador do sistema, sem ninguém no console.</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Fazer backup</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Horário:</translation>
    </message>
    <message>
        <source>Old sets</source>
        <translation>Conjuntos antigos</translation>
    </message>
    <message>
        <source>The newest good set and LATEST are never removed.</source>
        <translation>O conjunto válido mais recente e o LATEST nunca são removidos.</translation>
    </message>
    <message>
        <source>Keep at least one set: give a number of daily, weekly or monthly sets, or untick &quot;Remove old sets&quot;.</source>
        <translation>Mantenha pelo menos um conjunto: informe um número de conjuntos diários, semanais ou mensais, ou desmarque &quot;Remover conjuntos antigos&quot;.</translation>
    </message>
    <message>
        <source>Tick at least one day, or choose &quot;every day&quot;.</source>
        <translation>Marque pelo menos um dia, ou escolha &quot;todos os dias&quot;.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Não foi possível salvar o plano: %1</translation>
    </message>
    <message>
        <source>&amp;Also run a restore drill every week (restores the newest set into a scratch folder and checks it)</source>
        <translation>Executar também um teste de &amp;restauração toda semana (restaura o conjunto mais recente em uma pasta temporária e o confere)</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Arquivo de plano</translation>
    </message>
    <message>
        <source>dail&amp;y sets:</source>
        <translation>conjuntos diári&amp;os:</translation>
    </message>
    <message>
        <source>&amp;weekly:</source>
        <translation>se&amp;manais:</translation>
    </message>
    <message>
        <source>&amp;monthly:</source>
        <translation>mensa&amp;is:</translation>
    </message>
</context>
<context>
    <name>lbw::ui::ServerPage</name>
    <message>
        <source>This server</source>
        <translation>Este servidor</translation>
    </message>
    <message>
        <source>Choose the server of the topology that this computer replaces. It must have the same FQDN.</source>
        <translation>Escolha o servidor da topologia que este computador substitui. Este computador deve ter o mesmo FQDN que ele.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>O que era</translation>
    </message>
    <message>
        <source>Servers of the topology</source>
        <translation>Servidores da topologia</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft&apos;s procedures: %1. %n steps.</source>
        <translation>
            <numerusform>Procedimentos da Microsoft: %1. %n etapa.</numerusform>
            <numerusform>Procedimentos da Microsoft: %1. %n etapas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the topology…</source>
        <translation>Lendo a topologia…</translation>
    </message>
    <message>
        <source>No machine of the topology has this computer&apos;s name (%1). Choose the one it replaces; the prerequisites will show what differs.</source>
        <translation>Nenhuma máquina da topologia tem o nome deste computador (%1). Escolha a que ele substitui; os pré-requisitos mostrarão o que difere.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::SetPage</name>
    <message>
        <source>&amp;Verify the set</source>
        <translation>&amp;Verificar o conjunto</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Conjunto de backup</translation>
    </message>
    <message>
        <source>Choose the backup location and the set to recover from. The set is verified before anything else.</source>
        <translation>Escolha o local de backup e o conjunto a ser usado na recuperação. O conjunto é verificado antes de qualquer outra coisa.</translation>
    </message>
    <message>
        <source>Backup &amp;location:</source>
        <translation>&amp;Local de backup:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>P&amp;rocurar...</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Complete backup sets</source>
        <translation>Conjuntos de backup completos</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Local de backup</translation>
    </message>
    <message>
        <source>Give the backup location: the folder or share that holds one folder per backup.</source>
        <translation>Informe o local de backup: a pasta ou o compartilhamento que contém uma pasta para cada backup.</translation>
    </message>
    <message>
        <source>Reading the sets in %1…</source>
        <translation>Lendo os conjuntos em %1…</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>concluído com erros</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>incluída</translation>
    </message>
    <message>
        <source>none (older set)</source>
        <translation>nenhuma (conjunto antigo)</translation>
    </message>
    <message>
        <source>%1 holds no complete backup set.</source>
        <translation>%1 não contém nenhum conjunto de backup completo.</translation>
    </message>
    <message>
        <source>Choose a set; the newest is at the top.</source>
        <translation>Escolha um conjunto; o mais recente está no topo.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Não verificado: %1</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Computador de origem</translation>
    </message>
    <message>
        <source>Set %1, taken on %2, keeps the deployment&apos;s topology (%3). Verify it to go on.</source>
        <translation>O conjunto %1, criado em %2, inclui a topologia da implantação (%3). Verifique-o para continuar.</translation>
    </message>
</context>
<context>
    <name>lbw::ui::StartPage</name>
    <message>
        <source>Choose a task</source>
        <translation>Escolha uma tarefa</translation>
    </message>
    <message>
        <source>Back up the data of your Lync Server 2013 deployment, check a backup, or recover a server from one.</source>
        <translation>Faça backup dos dados da sua implantação do Lync Server 2013, verifique um backup ou recupere um servidor a partir de um.</translation>
    </message>
    <message>
        <source>Copy every Lync database and file store into a new, verified backup set.</source>
        <translation>Copiar todos os bancos de dados e repositórios de arquivos do Lync para um novo conjunto de backup verificado.</translation>
    </message>
    <message>
        <source>Run the same backup regularly, without anyone at the console.</source>
        <translation>Executar o mesmo backup regularmente, sem ninguém no console.</translation>
    </message>
    <message>
        <source>Step through recovery on a rebuilt server and restore its data.</source>
        <translation>Seguir passo a passo a recuperação em um servidor recriado e restaurar os dados dele.</translation>
    </message>
    <message>
        <source>No backup has been taken with this wizard yet.</source>
        <translation>Ainda não foi feito nenhum backup com este assistente.</translation>
    </message>
    <message>
        <source>Looking for the last backup in %1…</source>
        <translation>Procurando o último backup em %1…</translation>
    </message>
    <message>
        <source>No complete backup in %1 yet.</source>
        <translation>Ainda não há backup completo em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Last successful backup: %1 (%n hours ago), %2</source>
        <translation>
            <numerusform>Último backup bem-sucedido: %1 (há %n hora), %2</numerusform>
            <numerusform>Último backup bem-sucedido: %1 (há %n horas), %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Next scheduled run: %1</source>
        <translation>Próxima execução agendada: %1</translation>
    </message>
    <message>
        <source>Not scheduled: choose &quot;Schedule backups&quot; to run it every night.</source>
        <translation>Não agendado: escolha &quot;Agendar backups&quot; para executá-lo todas as noites.</translation>
    </message>
    <message>
        <source>Last restore drill: %1, %2</source>
        <translation>Último teste de restauração: %1, %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>See every run in the backup location, its result and its log.</source>
        <translation>Ver cada execução no local de backup, seu resultado e seu log.</translation>
    </message>
    <message>
        <source>Choose the backup location</source>
        <translation>Escolha o local de backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <source>&amp;Schedule backups</source>
        <translation>A&amp;gendar backups</translation>
    </message>
    <message>
        <source>&amp;Verify a backup</source>
        <translation>&amp;Verificar um backup</translation>
    </message>
    <message>
        <source>&amp;Recover a server</source>
        <translation>&amp;Recuperar um servidor</translation>
    </message>
    <message>
        <source>Backup &amp;history</source>
        <translation>&amp;Histórico de backups</translation>
    </message>
    <message>
        <source>Last successful backup: %1 (less than an hour ago), %2</source>
        <translation>Último backup bem-sucedido: %1 (há menos de uma hora), %2</translation>
    </message>
    <message>
        <source>Read a backup set again and check that every file still matches what was written.</source>
        <translation>Ler novamente um conjunto de backup e verificar se cada arquivo ainda confere com o que foi gravado.</translation>
    </message>
    <message>
        <source>Never verified since it was written: choose &quot;Verify a backup&quot;.</source>
        <translation>Nunca verificado desde que foi gravado: escolha &quot;Verificar um backup&quot;.</translation>
    </message>
    <message>
        <source>Last verified: %1, intact</source>
        <translation>Última verificação: %1, íntegro</translation>
    </message>
    <message>
        <source>Last verified: %1, DAMAGED</source>
        <translation>Última verificação: %1, DANIFICADO</translation>
    </message>
</context>
<context>
    <name>lbw::ui::StepsPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como concluída</translation>
    </message>
    <message>
        <source>Cancel the step</source>
        <translation>Cancelar a etapa</translation>
    </message>
    <message>
        <source>Recovery steps</source>
        <translation>Etapas da recuperação</translation>
    </message>
    <message>
        <source>Work through the steps in order. Steps this program can do have Run or Check; the others are done on the server and marked as done.</source>
        <translation>Siga as etapas na ordem. As etapas que este programa pode realizar têm o botão Executar ou Verificar; as demais são feitas no servidor e marcadas como concluídas.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Note for the journal (optional)</source>
        <translation>Observação para o diário (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Complete when: %1</source>
        <translation>Concluída quando: %1</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar novamen&amp;te</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Veri&amp;ficar</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Executar novamen&amp;te</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>Marked as done by the operator.</source>
        <translation>Marcada como concluída pelo operador.</translation>
    </message>
    <message>
        <source>View &amp;log</source>
        <translation>E&amp;xibir log</translation>
    </message>
    <message>
        <source>Log of &quot;%1&quot;</source>
        <translation>Log de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>This step does not apply to this server: record it as not needed, with the note.</source>
        <translation>Esta etapa não se aplica a este servidor: registre-a como não necessária, com a observação.</translation>
    </message>
    <message>
        <source>Stop the step?</source>
        <translation>Interromper a etapa?</translation>
    </message>
    <message>
        <source>Stop this step now? A restore that is stopped leaves nothing in its target; the step can be run again.</source>
        <translation>Interromper esta etapa agora? Uma restauração interrompida não deixa nada no destino; a etapa pode ser executada novamente.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>Marked as not needed by the operator.</source>
        <translation>Marcada como não necessária pelo operador.</translation>
    </message>
    <message>
        <source>Cop&amp;y commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>N&amp;ot needed</source>
        <translation>&amp;Não necessária</translation>
    </message>
</context>
<context>
    <name>lbw::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The backup will run these steps, in this order. Nothing has been written yet.</source>
        <translation>O backup executará estas etapas, nesta ordem. Nada foi gravado ainda.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Check the location and take its lock</source>
        <translation>Verificar o local e obter o bloqueio</translation>
    </message>
    <message>
        <source>Write manifest.json and SHA256SUMS, flush to disk</source>
        <translation>Gravar manifest.json e SHA256SUMS e sincronizar com o disco</translation>
    </message>
    <message>
        <source>Commit the set and point LATEST ($backup) at it</source>
        <translation>Concluir o conjunto e apontar o LATEST ($backup) para ele</translation>
    </message>
    <message>
        <source>Verify the new set</source>
        <translation>Verificar o novo conjunto</translation>
    </message>
    <message>
        <source>&amp;Verify the new set after the backup (re-reads every file)</source>
        <translation>Verificar o &amp;novo conjunto após o backup (relê todos os arquivos)</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>Fazer backup: %1</translation>
    </message>
</context>
<context>
    <name>lbw::ui::VerifyDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Verify &amp;all sets of this location</source>
        <translation>Verificar &amp;todos os conjuntos deste local</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Salvar relatór&amp;io…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Verificar um backup</translation>
    </message>
    <message>
        <source>A folder or share holding backup sets, e.g. \\backup01\lync</source>
        <translation>Uma pasta ou compartilhamento com conjuntos de backup, por exemplo \\backup01\lync</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Result of the backup</source>
        <translation>Resultado do backup</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>Sets in this location</source>
        <translation>Conjuntos neste local</translation>
    </message>
    <message>
        <source>Set, item or file</source>
        <translation>Conjunto, item ou arquivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Backup &amp;location:</source>
        <translation>&amp;Local de backup:</translation>
    </message>
    <message>
        <source>S&amp;ets in this location (LATEST is the one a restore uses):</source>
        <translation>Conjuntos n&amp;este local (LATEST é o que uma restauração usa):</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>O relatório foi copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Choose the backup location</source>
        <translation>Escolha o local de backup</translation>
    </message>
    <message>
        <source>Choose the backup location that holds the sets.</source>
        <translation>Escolha o local de backup que contém os conjuntos.</translation>
    </message>
    <message>
        <source>Reading the location…</source>
        <translation>Lendo o local…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>intact, %1</source>
        <translation>íntegro, %1</translation>
    </message>
    <message>
        <source>DAMAGED, %1</source>
        <translation>DANIFICADO, %1</translation>
    </message>
    <message>
        <source>%1 (LATEST)</source>
        <translation>%1 (LATEST)</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>concluído com erros</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 is not a folder this computer can read. Check the path, or that the share is reachable.</source>
        <translation>%1 não é uma pasta que este computador consiga ler. Verifique o caminho ou se o compartilhamento está acessível.</translation>
    </message>
    <message>
        <source>%1 holds no complete backup set.</source>
        <translation>%1 não contém nenhum conjunto de backup completo.</translation>
    </message>
    <message>
        <source>Choose a set and click Verify. Every file is read again and compared with the digests written at backup time; nothing is changed.</source>
        <translation>Escolha um conjunto e clique em Verificar. Cada arquivo é lido novamente e comparado com os hashes gravados no backup; nada é alterado.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verifying %1 (set %2 of %3)…</source>
        <translation>Verificando %1 (conjunto %2 de %3)…</translation>
    </message>
    <message>
        <source>The set&apos;s own files</source>
        <translation>Arquivos do próprio conjunto</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problemas: %n</numerusform>
            <numerusform>Problemas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the set</source>
        <translation>o conjunto</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: save the report to see every one</source>
        <translation>
            <numerusform>… e mais %n: salve o relatório para ver todos</numerusform>
            <numerusform>… e mais %n: salve o relatório para ver todos</numerusform>
        </translation>
    </message>
    <message>
        <source>Intact: %1. Damaged: %2. Not verified: %3.</source>
        <translation>Íntegros: %1. Danificados: %2. Não verificados: %3.</translation>
    </message>
    <message>
        <source>Damage was found. A damaged set must not be the only copy: take a new backup now, and keep the damaged set until you know what happened.</source>
        <translation>Foram encontrados danos. Um conjunto danificado não pode ser a única cópia: faça um novo backup agora e mantenha o conjunto danificado até saber o que aconteceu.</translation>
    </message>
    <message>
        <source>The verification was stopped; what was not checked is not verified.</source>
        <translation>A verificação foi interrompida; o que não foi verificado não está verificado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Salvar o relatório de verificação</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página da Web (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>Não foi possível salvar o relatório em %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
    <message>
        <source>Progress of the verification</source>
        <translation>Andamento da verificação</translation>
    </message>
</context>
<context>
    <name>lbw::ui::WizardModel</name>
    <message>
        <source>Topology %1 (%2)</source>
        <translation>Topologia %1 (%2)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <source>Deployment-wide</source>
        <translation>Toda a implantação</translation>
    </message>
    <message>
        <source>File stores</source>
        <translation>Repositórios de arquivos</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bancos de dados</translation>
    </message>
    <message>
        <source>Central Management store (xds)</source>
        <translation>Repositório de Gerenciamento Central (xds)</translation>
    </message>
    <message>
        <source>E9-1-1 location information (lis)</source>
        <translation>Serviço de Informações de Local do E9-1-1 (lis)</translation>
    </message>
    <message>
        <source>User data: contacts, permissions, meetings (rtcxds)</source>
        <translation>Dados de usuário: contatos, permissões, reuniões (rtcxds)</translation>
    </message>
    <message>
        <source>Response Group configuration (rgsconfig)</source>
        <translation>Configuração do Grupo de Resposta (rgsconfig)</translation>
    </message>
    <message>
        <source>Monitoring: call detail records (LcsCDR)</source>
        <translation>Monitoramento: registros de detalhes das chamadas (LcsCDR)</translation>
    </message>
    <message>
        <source>Monitoring: quality of experience (QoEMetrics)</source>
        <translation>Monitoramento: qualidade da experiência (QoEMetrics)</translation>
    </message>
    <message>
        <source>Archiving (LcsLog)</source>
        <translation>Arquivamento (LcsLog)</translation>
    </message>
    <message>
        <source>Persistent Chat (mgc)</source>
        <translation>Chat Persistente (mgc)</translation>
    </message>
    <message>
        <source>Lync file store</source>
        <translation>Repositório de arquivos do Lync</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;lync-backup --help&quot; for the list of commands.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Execute &quot;lync-backup --help&quot; para ver a lista de comandos.</translation>
    </message>
    <message>
        <source>Guided backup and recovery for Lync Server 2013.</source>
        <translation>Backup e recuperação guiados para o Lync Server 2013.</translation>
    </message>
    <message>
        <source>Open this plan file.</source>
        <translation>Abrir este arquivo de plano.</translation>
    </message>
    <message>
        <source>Open the recovery wizard (at SET, a backup set or location, if given).</source>
        <translation>Abrir o assistente de recuperação (em SET, um conjunto de backup ou um local de backup, se informado).</translation>
    </message>
    <message>
        <source>With --recover: the set or location to open.</source>
        <translation>Com --recover: o conjunto ou o local a abrir.</translation>
    </message>
    <message>
        <source>Lync Backup Wizard</source>
        <translation>Assistente de Backup do Lync</translation>
    </message>
</context>
</TS>
