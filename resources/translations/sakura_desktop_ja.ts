<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckinDecision</name>
    <message>
        <source>Accepted</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>受付済み（重複）</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>予定外</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>偽造</translation>
    </message>
    <message>
        <source>Wrong program</source>
        <translation>別プログラム</translation>
    </message>
</context>
<context>
    <name>CheckinMethod</name>
    <message>
        <source>scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>氏名で</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>受付済みです</translation>
    </message>
    <message>
        <source>Checked in — not expected here</source>
        <translation>受付しました — この場所の予定者ではありません</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消済み</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札です</translation>
    </message>
    <message>
        <source>Invalid badge</source>
        <translation>無効な名札です</translation>
    </message>
    <message>
        <source>Other program&apos;s badge</source>
        <translation>別のプログラムの名札です</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退出しました</translation>
    </message>
    <message>
        <source>Not checked in here</source>
        <translation>ここでは受付されていません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>受付できます</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>名札をスキャンするか、氏名を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation>チーム {0}</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>退出済みです</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消しました</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新しいデータベース(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>空のデータベースファイルを新しく作成します</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>データベースファイルを開きます</translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation>新しいプログラム(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an exchange week to the open database</source>
        <translation>開いているデータベースに交流プログラム（1週間）を追加します</translation>
    </message>
    <message>
        <source>&amp;Export station package…</source>
        <translation>受付端末パッケージを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Seal the program into an encrypted file that sets up another laptop as a door</source>
        <translation>プログラムを暗号化ファイルにまとめ、別のノートPCを受付端末として設定できるようにします</translation>
    </message>
    <message>
        <source>Set up this laptop as a s&amp;tation…</source>
        <translation>このノートPCを受付端末に設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Create this laptop&apos;s check-in database from a station package</source>
        <translation>受付端末パッケージから、このノートPCの受付用データベースを作成します</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>データベースを検査(&amp;C)…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the open database (nothing is changed)</source>
        <translation>開いているデータベースの破損や規則違反を調べます（何も変更しません）</translation>
    </message>
    <message>
        <source>&amp;Purge personal data…</source>
        <translation>個人データを消去(&amp;P)…</translation>
    </message>
    <message>
        <source>After the week: remove names, contacts and medical notes; keep statistics</source>
        <translation>研修終了後：氏名・連絡先・医療メモを消去し、統計のみ残します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>{0} について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Write this station&apos;s journal to the sync folder and merge the other stations&apos;</source>
        <translation>この受付端末の記録を同期フォルダーに書き出し、他の端末の記録を取り込みます</translation>
    </message>
    <message>
        <source>&amp;Choose sync folder…</source>
        <translation>同期フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>The folder (USB stick, network share, synced folder) where stations swap journals</source>
        <translation>受付端末どうしが記録を交換するフォルダー（USBメモリ、共有フォルダー、同期フォルダー）</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>記録を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this station&apos;s scans to a journal file to carry to another laptop</source>
        <translation>この端末のスキャン記録をファイルに書き出し、別のノートPCへ持ち運べるようにします</translation>
    </message>
    <message>
        <source>&amp;Import journals…</source>
        <translation>記録を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge journal files from other stations (any order, again and again: no double)</source>
        <translation>他の端末の記録ファイルを取り込みます（順番は自由、何度取り込んでも重複しません）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the open database into its backups folder now</source>
        <translation>開いているデータベースを今すぐバックアップフォルダーにコピーします</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>List the open database&apos;s backups and put one back (it is backed up first)</source>
        <translation>開いているデータベースのバックアップを一覧し、そのひとつに戻します（現在の状態を先にバックアップします）</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system ({0})</source>
        <translation>システムと同じ（{0}）</translation>
    </message>
    <message>
        <source>The language of the menus, screens and the coordinator&apos;s sheets. Badges, notebooks and certificates stay in English for the participants. A change takes effect when Sakura Desktop starts again.</source>
        <translation>メニュー、画面、コーディネーター用の帳票の言語です。名札、ノート、修了証は参加者向けに英語のままです。変更は Sakura Desktop の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sakura Desktop will speak {0} from its next start.</source>
        <translation>次回の起動から Sakura Desktop は{0}で表示されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Nothing is lost: the open database is reopened.</source>
        <translation>データは失われません。開いているデータベースは再び開かれます。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>バックアップ間隔：</translation>
    </message>
    <message>
        <source>While its data changes, the open database file is backed up this often, besides on opening and before imports, merges and restores (File &gt; Restore from a backup…). A database on a server is backed up by its server.</source>
        <translation>データが変わっている間、開いているデータベースファイルをこの間隔でバックアップします。ほかに、開いたとき、取り込み・統合・復元の前にもバックアップします（［ファイル］＞［バックアップから復元…］）。サーバー上のデータベースはサーバー側でバックアップします。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>自動バックアップに失敗しました：{0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <source>Automatic (data changed)</source>
        <translation>自動（データ変更あり）</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>名簿の取り込み前</translation>
    </message>
    <message>
        <source>Before merging journals</source>
        <translation>ジャーナルの統合前</translation>
    </message>
    <message>
        <source>Before the purge</source>
        <translation>個人データ消去前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Before upgrading (schema {0})</source>
        <translation>アップグレード前（スキーマ {0}）</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Backups are kept beside each database file: open it with File &gt; Open database.</source>
        <translation>バックアップは各データベースファイルの隣に保存されます。［ファイル］＞［データベースを開く］で開いてください。</translation>
    </message>
    <message>
        <source>This database has no backups here.</source>
        <translation>このデータベースのバックアップはここにはありません。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>{0} をバックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>{0} にバックアップしました</translation>
    </message>
    <message>
        <source>Checking the backup, then backing up the database as it is now…</source>
        <translation>バックアップを確認し、現在のデータベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Backups of {0}, kept in {1}. Restoring replaces what the database holds now by the backup&apos;s content; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>{0} のバックアップ（保存先：{1}）。復元すると、データベースの現在の内容がバックアップの内容に置き換わります。現在の状態は先にバックアップされるので、復元自体も元に戻せます。</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>別のファイルから復元(&amp;A)…</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} backups.</source>
        <translation>バックアップ {0} 件。</translation>
    </message>
    <message>
        <source>No backups yet: use Back up now to take one.</source>
        <translation>バックアップはまだありません。［今すぐバックアップ］で作成できます。</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>{0} のバックアップ（{1}）</translation>
    </message>
    <message>
        <source>Restore another backup file</source>
        <translation>別のバックアップファイルから復元</translation>
    </message>
    <message>
        <source>Sakura Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Replace what {0} holds now by {1}?</source>
        <translation>{0} の現在の内容を {1} で置き換えますか？</translation>
    </message>
    <message>
        <source>Everything entered or scanned since that backup leaves the database. The database as it is now is backed up first: restoring that backup undoes this.</source>
        <translation>そのバックアップ以降に入力・スキャンした内容はデータベースから消えます。現在の状態は先にバックアップされるので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>{0} を復元しています…</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>{0} から復元しました。</translation>
    </message>
    <message>
        <source>The database as it was is kept as {0}.</source>
        <translation>復元前のデータベースは {0} として保存しました。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>{0} にバックアップしました。</translation>
    </message>
    <message>
        <source>After the purge</source>
        <translation>個人データ消去後</translation>
    </message>
    <message>
        <source>{0}: damaged, cannot be restored (point at it for why)</source>
        <translation>{0}：破損のため復元できません（ポインターを合わせると理由が出ます）</translation>
    </message>
</context>
</TS>
