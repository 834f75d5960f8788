# Experiment, not part of the product or its tests: see bench/experiments/classifier.sh.
# Train: the development parts of the sets tuned on. Test: their held-out parts and sets 5 and 6,
# never tuned on. Prints counts and ratios only, never a held-out sentence.
import yaml, json, re, numpy as np, sys
from collections import Counter
SETS=['sentences.yaml']+[f'sentences-{i}.yaml' for i in range(2,19)]
NEVER={'sentences-5.yaml','sentences-6.yaml'}
items=[]
for f in SETS:
    for x in yaml.safe_load(open(f'test/fixtures/described/{f}')):
        x['set']=f; items.append(x)
heard=json.load(open(sys.argv[1]))
NEG={'not','no','never',"didn't","don't","doesn't","wasn't","isn't","won't","haven't","hasn't","nothing","nobody","neither","nor","without"}
def feats(t):
    w=re.findall(r"[a-z']+", t.lower())
    f=set(); neg=False
    for i,x in enumerate(w):
        f.add('u:'+x)
        if i+1<len(w): f.add('b:'+x+'_'+w[i+1])
        if x in NEG: f.add('NEG')
    return f
train=[x for x in items if x['set'] not in NEVER and x['split']=='dev']
test=[x for x in items if x['set'] in NEVER or x['split']=='held-out']
cnt=Counter()
for x in train: cnt.update(feats(x['text']))
vocab={}
for k,c in cnt.items():
    if c>=3: vocab[k]=len(vocab)
print('vocab',len(vocab),'train',len(train),'test',len(test))
labels=sorted(set(x['expect'] for x in items))
L={l:i for i,l in enumerate(labels)}
def mat(xs):
    X=np.zeros((len(xs),len(vocab)),dtype=np.float32)
    for i,x in enumerate(xs):
        for k in feats(x['text']):
            j=vocab.get(k)
            if j is not None: X[i,j]=1
    return X
Xtr=mat(train); ytr=np.array([L[x['expect']] for x in train])
Xte=mat(test); yte=np.array([L[x['expect']] for x in test])
# softmax regression, L2, full-batch gradient descent (Adam)
rng=np.random.default_rng(0)
W=np.zeros((len(vocab),len(labels)),dtype=np.float32); b=np.zeros(len(labels),dtype=np.float32)
lam=float(sys.argv[2])
m=np.zeros_like(W); v=np.zeros_like(W); mb=np.zeros_like(b); vb=np.zeros_like(b)
Y=np.eye(len(labels),dtype=np.float32)[ytr]
for it in range(1,int(sys.argv[3])+1):
    Z=Xtr@W+b; Z-=Z.max(1,keepdims=True); P=np.exp(Z); P/=P.sum(1,keepdims=True)
    G=(P-Y)/len(train); gW=Xtr.T@G+lam*W; gb=G.sum(0)
    for (p,g,mm,vv) in ((W,gW,m,v),(b,gb,mb,vb)):
        mm*=0.9; mm+=0.1*g; vv*=0.999; vv+=0.001*g*g
        p-=0.05*(mm/(1-0.9**it))/(np.sqrt(vv/(1-0.999**it))+1e-8)
def predict(X):
    Z=X@W+b; Z-=Z.max(1,keepdims=True); P=np.exp(Z); P/=P.sum(1,keepdims=True); return P
NONE=L['none']
def score(xs, pred):  # pred: list of sets of dynamics
    tp=fp=fn=0
    for x,p in zip(xs,pred):
        e=x['expect']
        if e!='none':
            if e in p: tp+=1
            else: fn+=1
        fp+=len([d for d in p if d!=e])
    return tp,fp,fn, round(tp/max(1,tp+fp),3), round(tp/max(1,tp+fn),3)
Pte=predict(Xte); Ptr=predict(Xtr)
for th in (0.5,0.6,0.7,0.8,0.9):
    clf=[{labels[k]} if (k!=NONE and P[k]>=th) else set() for P in Pte for k in [int(P.argmax())]]
    det=[set(heard[x['id']]) for x in test]
    comb=[d if d else c for d,c in zip(det,clf)]
    print('th',th,'clf',score(test,clf),'det',score(test,det),'comb',score(test,comb))
clf=[{labels[k]} if (k!=NONE and P[k]>=0.5) else set() for P in Ptr for k in [int(P.argmax())]]
print('train clf', score(train,clf))
