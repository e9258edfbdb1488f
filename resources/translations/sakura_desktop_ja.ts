<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Backups</name>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>自動バックアップに失敗しました：{0}</translation>
    </message>
</context>
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
    <name>Help</name>
    <message>
        <source>Before the week</source>
        <translation>受け入れ週の前に</translation>
    </message>
    <message>
        <source>Create the program (File &gt; New program): title, host, dates, time zone.</source>
        <translation>プログラムを作成します（ファイル &gt; 新しいプログラム）：名称、受け入れ機関、日程、タイムゾーン。</translation>
    </message>
    <message>
        <source>Import each delegation&apos;s roster (Participants &gt; Import): Excel or CSV, any language; the wizard shows what it understood before anything is saved.</source>
        <translation>各派遣団の名簿を取り込みます（参加者 &gt; 取り込み）：Excel でも CSV でも、どの言語でも構いません。保存する前に、読み取った内容をウィザードが表示します。</translation>
    </message>
    <message>
        <source>Build the schedule (Schedule): lectures, lab tours, meals and transfers; the conflicts panel names clashes of rooms, people and travel times.</source>
        <translation>日程を組みます（日程）：講義、研究室見学、食事、移動。重複パネルが部屋・人・移動時間の衝突を示します。</translation>
    </message>
    <message>
        <source>Print badges, notebooks, door signs and sign-in sheets (Print). Check the preview: every script is printed with its own font.</source>
        <translation>名札、実験ノート、案内表示、出席簿を印刷します（印刷）。プレビューで確認してください。どの文字もそれぞれに合ったフォントで印刷されます。</translation>
    </message>
    <message>
        <source>For each extra door, export a station package (File &gt; Export station package) and set up that laptop with it.</source>
        <translation>受付を増やす場合は、受付端末パッケージを書き出し（ファイル &gt; 受付端末パッケージを書き出す）、そのノートPCを設定します。</translation>
    </message>
    <message>
        <source>The first morning</source>
        <translation>初日の朝</translation>
    </message>
    <message>
        <source>Open Check-in, choose the arrival checkpoint and scan each badge. Green is welcome, amber needs a look, red stops.</source>
        <translation>受付画面を開き、到着の受付地点を選んで名札をスキャンします。緑は受付完了、黄は要確認、赤は受付できません。</translation>
    </message>
    <message>
        <source>Someone without a badge: type part of the name and press Enter. A lost badge is re-issued from Participants; the old one then scans red.</source>
        <translation>名札のない人は、氏名の一部を入力して Enter キーを押します。紛失した名札は参加者画面から再発行でき、古い名札は赤になります。</translation>
    </message>
    <message>
        <source>At every door</source>
        <translation>各受付で</translation>
    </message>
    <message>
        <source>Each station scans on its own, without a network. With a shared sync folder (Sync &gt; Choose sync folder) the stations exchange scans every few seconds; otherwise carry journals on a USB stick (Sync &gt; Export journal).</source>
        <translation>各受付端末はネットワークなしで単独でスキャンできます。共有の同期フォルダー（同期 &gt; 同期フォルダーを選択）があれば、端末どうしが数秒ごとに記録を交換します。ない場合は USB メモリで記録を運びます（同期 &gt; 記録を書き出す）。</translation>
    </message>
    <message>
        <source>The head count and the missing list show who is not yet in. Roll call (Ctrl+Shift+R) counts everyone on site in an emergency.</source>
        <translation>人数表示と未着者リストで、まだ来ていない人がわかります。緊急時は点呼（Ctrl+Shift+R）で現地の全員を確認します。</translation>
    </message>
    <message>
        <source>After the week</source>
        <translation>受け入れ週のあとに</translation>
    </message>
    <message>
        <source>Merge every station&apos;s journal, then print certificates and reports.</source>
        <translation>すべての受付端末の記録を取り込んでから、修了証とレポートを印刷します。</translation>
    </message>
    <message>
        <source>Keep the database and its backups private: they hold minors&apos; personal data. Purge personal data when the funder&apos;s report is done.</source>
        <translation>データベースとそのバックアップは他人に見せないでください。未成年者の個人情報が含まれます。助成機関への報告が終わったら、個人データを消去します。</translation>
    </message>
    <message>
        <source>Quick start: the week with {0}</source>
        <translation>クイックスタート：{0} で進める1週間</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>クイックスタート</translation>
    </message>
    <message>
        <source>Check-in: check in the scanned code or the name typed</source>
        <translation>受付：スキャンしたコードまたは入力した氏名で受付します</translation>
    </message>
    <message>
        <source>Check-in: clear the name search</source>
        <translation>受付：氏名検索を消去します</translation>
    </message>
    <message>
        <source>Sidebar: move between screens</source>
        <translation>サイドバー：画面を切り替えます</translation>
    </message>
    <message>
        <source>Move to the next field or button</source>
        <translation>次の入力欄やボタンへ移動します</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>働き</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Everything stays on this laptop, readable by your user account only. Copy the database file (with its backups folder) to keep or move a week.</source>
        <translation>すべてのデータはこのノートPCに保存され、あなたのユーザーアカウントだけが読めます。保管や移動には、データベースファイルをバックアップフォルダーと一緒にコピーしてください。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>このフォルダーをファイルマネージャーで表示します</translation>
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
        <source>&amp;Quick start</source>
        <translation>クイックスタート(&amp;Q)</translation>
    </message>
    <message>
        <source>The week step by step: before, the first morning, every door, after</source>
        <translation>受け入れ週の手順：事前準備、初日の朝、各受付、終了後</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key that does something, in one list</source>
        <translation>使えるキー操作の一覧</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>データの保存場所(&amp;W)</translation>
    </message>
    <message>
        <source>The folders of the database, its backups, the settings and the log</source>
        <translation>データベース、バックアップ、設定、ログのフォルダー</translation>
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
    <message>
        <source>Roll call &amp;now</source>
        <translation>今すぐ点呼(&amp;N)</translation>
    </message>
    <message>
        <source>Start an emergency roll call of everyone on site, at every station</source>
        <translation>すべての受付端末で、現地にいる全員の緊急点呼を始めます</translation>
    </message>
    <message>
        <source>&amp;Show open roll calls</source>
        <translation>実施中の点呼を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Roll call</source>
        <translation>点呼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Reading {0}.</source>
        <translation>{0} を読み込んでいます。</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>A program is one exchange week: its title, host institution, dates, time zone and sites. Create one to start adding delegations, participants and the schedule.</source>
        <translation>プログラムとは1回の交流週のことで、名称、受け入れ機関、日程、タイムゾーン、会場で構成されます。作成すると、派遣団、参加者、日程を追加できるようになります。</translation>
    </message>
    <message>
        <source>Create a program…</source>
        <translation>プログラムを作成…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>別のデータベースを開く…</translation>
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
    <name>ShellCommands</name>
    <message>
        <source>Open database</source>
        <translation>開いているデータベース</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>そのバックアップ</translation>
    </message>
    <message>
        <source>taken at start, before risky changes and while data changes</source>
        <translation>起動時、大きな変更の前、データの変更中に作成されます</translation>
    </message>
    <message>
        <source>Your databases</source>
        <translation>データベースの保存先</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>what happened, without names or other personal data</source>
        <translation>動作の記録（氏名などの個人データは含みません）</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey answers — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, 1 (very dissatisfied) to 5 (very satisfied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel export of Google Forms, Microsoft Forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows listed above and import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (change what a column holds if the guess is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the survey answers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>{0} へようこそ</translation>
    </message>
    <message>
        <source>Run a science exchange week from this laptop, with or without a network: the delegations and their people, the schedule, check-in at every door with QR badges, and the printed badges, notebooks and sheets in every script.</source>
        <translation>科学技術交流の1週間を、このノートPC1台で運営できます。ネットワークがなくても大丈夫です。派遣団と参加者、日程、QR名札による各会場での受付、そしてどの文字にも対応した名札・実験ノート・帳票の印刷。</translation>
    </message>
    <message>
        <source>Try the demo week</source>
        <translation>デモの1週間を試す</translation>
    </message>
    <message>
        <source>A five-day exchange with eight delegations, a schedule and check-ins, to look around safely. Nothing you do there touches your own data.</source>
        <translation>8つの派遣団、日程、受付記録を含む5日間の交流プログラムです。安心して操作を試せます。ご自身のデータには一切影響しません。</translation>
    </message>
    <message>
        <source>Create your program</source>
        <translation>プログラムを作成する</translation>
    </message>
    <message>
        <source>Start your own week: its title, the host institution, the dates, the time zone and the sites. Delegations and the schedule come next.</source>
        <translation>ご自身の交流週を始めます。名称、受け入れ機関、日程、タイムゾーン、会場を入力し、続いて派遣団と日程を登録します。</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>データベースを開く…</translation>
    </message>
    <message>
        <source>Continue with a database file you or a colleague already made (a .db file), for example one copied from the coordinator&apos;s laptop.</source>
        <translation>ご自身や同僚が作成したデータベースファイル（.db ファイル）で作業を続けます。コーディネーターのノートPCからコピーしたファイルなどです。</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>名簿を取り込む…</translation>
    </message>
    <message>
        <source>Bring in the participants from a delegation&apos;s Excel or CSV file. A program is created first if there is none.</source>
        <translation>派遣団の Excel または CSV ファイルから参加者を取り込みます。プログラムがまだない場合は、先に作成します。</translation>
    </message>
    <message>
        <source>Read the quick-start guide for the week</source>
        <translation>受け入れ週のクイックスタートを読む</translation>
    </message>
    <message>
        <source>Before the week, the first morning, every door</source>
        <translation>事前準備、初日の朝、各受付</translation>
    </message>
</context>
</TS>
